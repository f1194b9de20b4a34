import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportLecture, importLecture, listSlides, saveSlide } from './own-store';

// The lecturer's own material in IndexedDB (fake-indexeddb here): a bad file never costs what is already there.
describe('own slides store', () => {
  it('exports a lecture, refuses a bad file without touching storage, and imports the good one next to what is there', async () => {
    await saveSlide({ id: 'mine0001', title: 'Already here', markdown: 'x' });
    await saveSlide({ id: 'talk0001', title: 'To share', markdown: '- a point' });
    const file = await exportLecture('Cement day', ['own:talk0001', 'case:sins-t11'], ['case:sins-t11/imaging']);
    expect(JSON.parse(file)).toMatchObject({ format: 'percutanea-lecture', title: 'Cement day', slides: [{ id: 'talk0001' }] });

    const before = await listSlides();
    expect(await importLecture('{"format":"something-else"}')).toMatchObject({ ok: false, error: 'not-a-lecture' });
    expect(await importLecture(file.slice(0, -20))).toMatchObject({ ok: false, error: 'not-json' });
    expect(await importLecture(JSON.stringify({ ...JSON.parse(file), slides: [{ id: 'x', title: 1 }] }))).toMatchObject({ ok: false, error: 'invalid' });
    expect(await listSlides()).toEqual(before);

    const shared = JSON.parse(file);
    shared.slides[0].id = 'from0001';
    shared.items[0] = 'own:from0001';
    const r = await importLecture(JSON.stringify(shared));
    expect(r).toMatchObject({ ok: true, lecture: { title: 'Cement day', items: ['own:from0001', 'case:sins-t11'] } });
    expect((await listSlides()).map((s) => s.id).sort()).toEqual(['from0001', 'mine0001', 'talk0001']);
  });
});
