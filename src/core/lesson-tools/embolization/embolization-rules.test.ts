import { describe, expect, it } from 'vitest';
import { flagRules, planEmbolization, type EmboInput } from './embolization-rules';
import { emboTextsIn, emboWording } from './embolization-texts';
import { locales, type Localized } from '../../i18n/locales';

const base: EmboInput = { indication: 'preoperative', radiotherapy: false, ablation: false, flags: [], collaterals: false };

describe('embolization planner encodes the sources', () => {
  it('Salapura & Jeromel: "visualization of any dangerous anastomoses is an absolute contraindication" — the only one', () => {
    expect(Object.entries(flagRules).filter(([, r]) => r.level === 'stop').map(([id]) => id)).toEqual(['dangerous-anastomosis', 'adamkiewicz']);
    expect(planEmbolization({ ...base, flags: ['dangerous-anastomosis'] }).verdict).toBe('stop');
  });
  it('occluding the artery of Adamkiewicz can cause paraplegia: the planner stops', () => {
    const p = planEmbolization({ ...base, flags: ['adamkiewicz', 'renal'] });
    expect(p.verdict).toBe('stop');
    const text = emboWording.flags[p.flags[0]!.id];
    expect(text.en).toContain('paraplegia');
    // Counting it as a dangerous anastomosis is our classification, not the review's words: the text says so.
    expect(text.en).toContain('here we treat it as a dangerous anastomosis');
    expect(text.it).toContain('qui la trattiamo come un’anastomosi pericolosa');
  });
  it('relative contraindications: uncorrectable coagulopathy (the major one), renal insufficiency, contrast allergy', () => {
    for (const f of ['coagulopathy', 'renal', 'contrast-allergy'] as const) expect(planEmbolization({ ...base, flags: [f] }).verdict).toBe('caution');
  });
  it('embolization lecture timing: radiotherapy before, ablation soon after', () => {
    const p = planEmbolization({ ...base, radiotherapy: true, ablation: true });
    expect(p.sequence.map((s) => emboTextsIn('en').sequence[s.id])).toEqual([
      'Radiotherapy before embolization: hypoxia makes cells more radioresistant.',
      'Thermal ablation as soon as possible after embolization: the heat-sink effect is smaller.',
    ]);
  });
  it('agents: PVA most common; gelatin sponge and coils for collaterals needing flow diversion', () => {
    expect(emboWording.agents[planEmbolization(base).agents[0]!.id].en).toMatch(/^PVA/);
    expect(emboWording.agents[planEmbolization({ ...base, collaterals: true }).agents[0]!.id].en).toMatch(/gelatin sponge and coils/);
  });
  it('no flags: proceed, with the indication explained', () => {
    const p = planEmbolization({ ...base, indication: 'palliative' });
    expect(p.verdict).toBe('proceed');
    expect(emboWording.indications[p.indication.id].en).toContain('no size limit');
  });
  it('every row is worded in both languages, Italian with typographic apostrophes, and every row has a source', () => {
    const groups: Record<string, Localized>[] = [emboWording.flags, emboWording.indications, emboWording.sequence, emboWording.agents];
    for (const group of groups) {
      for (const w of Object.values(group)) { expect(w.it && w.en).toBeTruthy(); expect(w.it).not.toContain("'"); }
    }
    expect(Object.keys(emboWording.flags)).toEqual(Object.keys(flagRules));
    for (const r of Object.values(flagRules)) expect(r.refs.length).toBeGreaterThan(0);
  });
  it.each(locales)('the texts for %s carry that language only, for the same ids', (lang) => {
    const t = emboTextsIn(lang);
    for (const k of ['flags', 'indications', 'sequence', 'agents'] as const) {
      expect(Object.keys(t[k])).toEqual(Object.keys(emboWording[k]));
      const got: Record<string, string> = t[k];
      for (const [id, w] of Object.entries<Localized>(emboWording[k])) expect(got[id], id).toBe(w[lang]);
    }
  });
});
