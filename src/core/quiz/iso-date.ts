// ISO dates as the quiz stores them; the calendar check itself is in ./calendar-date.ts (no zod, so
// every island that reads a date stays small).
export { isIsoDate, isoToMillis } from './calendar-date';
