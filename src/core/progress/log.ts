import { parseEvent, type ProgressEvent } from './events';

/** A record that could not be used, with where it was and why. */
export interface SkippedRecord {
  /** The record's id when it had one, else its position, e.g. `events[3]`. */
  where: string;
  reason: string;
}

export interface ReadLog {
  events: ProgressEvent[];
  /** Records left out of the view (they stay in storage untouched). */
  skipped: SkippedRecord[];
  /** Records used after a repair (cards outside FSRS's range). */
  repaired: SkippedRecord[];
}

/** Reads many raw records one by one: a bad record is listed and skipped, never allowed to spoil the rest. */
export function readRecords(raws: readonly unknown[], now: number, label = 'events'): ReadLog {
  const out: ReadLog = { events: [], skipped: [], repaired: [] };
  const seen = new Set<string>();
  raws.forEach((raw, i) => {
    const parsed = parseEvent(raw, now);
    const named = typeof (raw as { id?: unknown } | null)?.id === 'string' ? String((raw as { id: string }).id).slice(0, 80) : `${label}[${i}]`;
    if (!parsed.ok) return void out.skipped.push({ where: named, reason: parsed.reason });
    if (seen.has(parsed.event.id)) return void out.skipped.push({ where: named, reason: 'repeated id' });
    seen.add(parsed.event.id);
    out.events.push(parsed.event);
    if (parsed.repaired) out.repaired.push({ where: named, reason: parsed.repaired });
  });
  return out;
}
