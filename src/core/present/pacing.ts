/**
 * Pacing for the speaker view: where the lecture should be by now, if the slides share the target time
 * evenly, against where it is. Pure; the view ticks it once a second.
 */
export type Pacing = { kind: 'no-target' } | { kind: 'on-time' } | { kind: 'ahead' | 'behind'; minutes: number };

/** Within a minute either way counts as on time. */
export function pacing(elapsedMs: number, targetMinutes: number, slide: number, total: number): Pacing {
  if (!(targetMinutes > 0) || total < 1 || !Number.isFinite(elapsedMs)) return { kind: 'no-target' };
  const target = targetMinutes * 60_000;
  // Time the slides before this one "deserve"; being past that budget means behind.
  const budget = (Math.min(Math.max(slide, 0), total) / total) * target;
  const diff = budget - Math.max(0, elapsedMs);
  const minutes = Math.round(Math.abs(diff) / 60_000);
  if (minutes < 1) return { kind: 'on-time' };
  return { kind: diff > 0 ? 'ahead' : 'behind', minutes };
}

export interface TimerState {
  /** Epoch ms when the timer (re)started, shifted forward by the time spent paused. */
  start: number;
  pausedAt: number | null;
  targetMinutes: number;
}

/** Reads a stored timer; anything unusable gives a fresh one (never NaN on screen). */
export function parseTimer(raw: string | null, now: number): TimerState {
  const fresh: TimerState = { start: now, pausedAt: null, targetMinutes: 0 };
  if (!raw) return fresh;
  try {
    const v = JSON.parse(raw) as Partial<TimerState>;
    const start = typeof v.start === 'number' && Number.isFinite(v.start) && v.start <= now ? v.start : now;
    const pausedAt = typeof v.pausedAt === 'number' && Number.isFinite(v.pausedAt) && v.pausedAt >= start ? v.pausedAt : null;
    const targetMinutes = typeof v.targetMinutes === 'number' && v.targetMinutes >= 0 && v.targetMinutes <= 600 ? Math.round(v.targetMinutes) : 0;
    return { start, pausedAt, targetMinutes };
  } catch {
    return fresh;
  }
}
