import { describe, expect, it } from 'vitest';
import { composeReport, type ReportInput } from './report';

const base: ReportInput = { available: true, readOnly: false, legacy: { kind: 'none', records: 0, skipped: [] }, problems: [], events: 3 };

describe('composeReport: the notice tells the truth, most serious first', () => {
  it('names each case', () => {
    expect(composeReport(base)).toEqual({ kind: 'ok' });
    expect(composeReport({ ...base, events: 0 })).toEqual({ kind: 'empty' });
    expect(composeReport({ ...base, available: false })).toMatchObject({ kind: 'recovered', problem: 'storage-unavailable' });
    expect(composeReport({ ...base, readOnly: true, problems: ['x'] })).toMatchObject({ problem: 'newer-version', readOnly: true });
    expect(composeReport({ ...base, legacy: { kind: 'unreadable', records: 0, skipped: [], reason: 'not-an-object' } })).toMatchObject({ problem: 'not-an-object', backupKey: 'legacy' });
    expect(composeReport({ ...base, problems: ['e1: bad date'] })).toMatchObject({ problem: 'invalid-parts', dropped: ['e1: bad date'], backupKey: null });
    expect(composeReport({ ...base, legacy: { kind: 'migrated', records: 4, skipped: [] } })).toEqual({ kind: 'migrated', from: 'localStorage', records: 4, backupKey: 'legacy' });
  });
});
