import { describe, expect, it } from 'vitest';
import { appendEvents, openProgressDb, resetProgressDbForTests } from './progressDb';
import { readStoredEvents } from './read-stored-events';

describe('the plain reader of the progress log', () => {
  it('reads nothing, and creates nothing, before the progress store has written', async () => {
    expect(await readStoredEvents('case')).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('percutanea');
  });

  it('reads the records of one type that the progress store wrote after it', async () => {
    expect(await readStoredEvents('case')).toBeNull();
    resetProgressDbForTests();
    const opened = await openProgressDb();
    await appendEvents(opened, [
      { type: 'case', at: '2026-01-01T10:00:00.000Z', caseId: 'sins-t11', score: 2 },
      { type: 'lesson', at: '2026-01-01T10:00:00.000Z', slug: 'm01-multidisciplinary', read: true },
    ]);
    const raws = await readStoredEvents('case');
    expect(raws).toHaveLength(1);
    expect(raws?.[0]).toMatchObject({ type: 'case', caseId: 'sins-t11', score: 2 });
  });
});
