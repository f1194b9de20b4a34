import { z } from '../zod';
import { isIsoDate } from './calendar-date';

export { isIsoDate, isoToMillis } from './calendar-date';

export const isoDateSchema = z.string().refine(isIsoDate, 'must be an ISO date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)');
