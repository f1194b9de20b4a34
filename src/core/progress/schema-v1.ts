import { z } from 'zod';
import { idSchema } from '../content/schemas';
import { isoDateSchema } from '../quiz/iso-date';

/**
 * The first stored shape: which lessons were read (no dates) and bare quiz totals. Kept only so old
 * progress can be migrated; nothing writes it any more.
 */
export const v1ResultSchema = z
  .object({
    date: isoDateSchema,
    score: z.number().refine((n) => Number.isFinite(n) && n >= 0, 'must be a finite number ≥ 0'),
    total: z.number().int().min(0),
  })
  .refine((r) => r.score <= r.total, { message: 'score must not exceed total', path: ['score'] });
export type V1Result = z.infer<typeof v1ResultSchema>;

export const v1ReadSchema = z.array(idSchema);
export const v1ResultsSchema = z.array(v1ResultSchema);

export interface ProgressV1 {
  version: 1;
  read: string[];
  results: V1Result[];
}
