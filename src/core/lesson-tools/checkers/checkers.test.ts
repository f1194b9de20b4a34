import { describe, expect, it } from 'vitest';
import { runChecker, type Answers, type CheckerRules } from '../checker/checker';
import { checkerTextsIn, wordingGaps, type CheckerWording } from '../checker/checker-texts';
import { painGenerator } from './m01-pain-generator';
import { painGeneratorWording } from './m01-pain-generator-texts';
import { curativePalliative } from './m02-curative-palliative';
import { curativePalliativeWording } from './m02-curative-palliative-texts';
import { readiness } from './m03-readiness';
import { readinessWording } from './m03-readiness-texts';
import { ablationIndications } from './m05-ablation-indications';
import { ablationIndicationsTextsIn, ablationIndicationsWording } from './m05-ablation-indications-texts';
import { augmentationChoice } from './m07-augmentation-choice';
import { augmentationWording } from './m07-augmentation-choice-texts';
import { coblationCandidate } from './m10-coblation';
import { coblationTextsIn, coblationWording } from './m10-coblation-texts';
import { mrgfusEligibility } from './m12-mrgfus';
import { mrgfusTextsIn, mrgfusWording } from './m12-mrgfus-texts';

const run = <D extends CheckerRules>(def: D, a: Answers) => runChecker(def, a);
const verdict = (def: CheckerRules, a: Answers) => { const r = run(def, a); return r.kind === 'result' ? r.verdict.code : 'incomplete'; };
const fired = (def: CheckerRules, a: Answers) => run(def, a).findings.map((f) => f.id);
/** Every checker: rules (ids, logic) apart from their wording (both languages, read on the server). */
const split: [CheckerRules, CheckerWording][] = [
  [painGenerator, painGeneratorWording], [curativePalliative, curativePalliativeWording], [readiness, readinessWording],
  [ablationIndications, ablationIndicationsWording], [augmentationChoice, augmentationWording], [coblationCandidate, coblationWording],
  [mrgfusEligibility, mrgfusWording],
];
const all: CheckerRules[] = split.map(([r]) => r);
/** Every sentence of a checker's wording, both languages. */
const wordingOf = (def: CheckerRules): { it: string; en: string }[] => {
  const w = split.find(([r]) => r === def)![1];
  const texts = (lang: 'it' | 'en') => checkerTextsIn(w, lang);
  const flat = (lang: 'it' | 'en') => {
    const t = texts(lang);
    return [t.title, t.lead, ...Object.values(t.questions).flatMap((q) => [q.label, ...(q.help ? [q.help] : []), ...Object.values(q.options)]), ...Object.values(t.findings), ...Object.values(t.verdicts)];
  };
  const [it, en] = [flat('it'), flat('en')];
  return it.map((s, i) => ({ it: s, en: en[i] ?? '' }));
};
/** A finding's text in one language. */
const text = (def: CheckerRules, id: string, lang: 'it' | 'en') => split.find(([r]) => r === def)![1].findings[id]![lang];

describe('every checker', () => {
  for (const def of all) {
    it(`${def.id}: incomplete until every visible question is answered, lists what is missing`, () => {
      const r = run(def, {});
      expect(r.kind).toBe('incomplete');
      if (r.kind === 'incomplete') expect(r.missing.length).toBeGreaterThan(0);
    });
    it(`${def.id}: both languages, typographic apostrophes, a source on every finding`, () => {
      for (const t of wordingOf(def)) { expect(t.it && t.en).toBeTruthy(); expect(t.it).not.toContain("'"); expect(t.it).not.toMatch(/\d\.\d/); }
      for (const f of def.findings) expect(f.refs.length, f.id).toBeGreaterThan(0);
    });
  }
  for (const [rules, wording] of split) {
    it(`${rules.id}: its wording names every question, option, finding and verdict of its rules, and nothing else`, () => {
      expect(wordingGaps(rules, wording)).toEqual([]);
    });
  }
  it('the wording check names what is missing and what is extra', () => {
    const planted: CheckerWording = { ...painGeneratorWording, findings: { ...painGeneratorWording.findings, deficit: { it: '', en: 'x' }, stray: { it: 'x', en: 'x' } } };
    const { load: _load, ...questions } = painGeneratorWording.questions;
    expect(wordingGaps(painGenerator, { ...planted, questions })).toEqual(['questions.load: no wording', 'questions.load.options.yes: no wording', 'questions.load.options.no: no wording', 'findings.deficit: no it wording', 'findings.stray: wording for no rule']);
  });
});

describe('M1 pain generator — lecture: mechanical, biological, radicular; Salapura & Jeromel: axial pain worse with activity, relieved at rest', () => {
  const base = { load: 'no', rest: 'no', radiating: 'no', deficit: 'no' };
  it('worse with load, eased lying down → mechanical, stability decides (SINS 3 points)', () => {
    expect(verdict(painGenerator, { ...base, load: 'yes' })).toBe('mechanical');
    expect(text(painGenerator, run(painGenerator, { ...base, load: 'yes' }).findings[0]!.id, 'en')).toContain('scores 3 in SINS');
  });
  it('constant rest pain → biological, treat the tumour', () => expect(verdict(painGenerator, { ...base, rest: 'yes' })).toBe('biological'));
  it('radiating → radicular', () => expect(verdict(painGenerator, { ...base, radiating: 'yes' })).toBe('radicular'));
  it('a new deficit overrides everything and names the consultation', () => {
    expect(verdict(painGenerator, { ...base, load: 'yes', deficit: 'yes' })).toBe('urgent');
    expect(text(painGenerator, run(painGenerator, { deficit: 'yes' }).findings[0]!.id, 'en')).toContain('spine surgeon');
  });
  it('the stop shows before the form is complete', () => expect(fired(painGenerator, { deficit: 'yes' })).toEqual(['deficit']));
});

describe('M2 curative or palliative — CIRSE: benign OO, OB < 3 cm, CB; malignant < 3 sites and < 3 cm, non-surgical, after MDT', () => {
  const mal = { type: 'malignant', surgery: 'no', sites: 'lt3', size: 'lt3', mdt: 'yes' };
  it('benign types', () => {
    expect(verdict(curativePalliative, { type: 'oo' })).toBe('curative');
    expect(verdict(curativePalliative, { type: 'ob', obSize: 'lt3' })).toBe('curative');
    expect(verdict(curativePalliative, { type: 'ob', obSize: 'ge3' })).toBe('palliative');
    expect(fired(curativePalliative, { type: 'cb' })).toContain('cb-biopsy');
  });
  it('malignant meeting every criterion → curative', () => expect(verdict(curativePalliative, mal)).toBe('curative'));
  it('3–5 cm: the < 3 cm vs ≤ 5 cm conflict inside the guideline is shown, not resolved', () => {
    expect(verdict(curativePalliative, { ...mal, size: '3to5' })).toBe('conflict');
    expect(fired(curativePalliative, { ...mal, size: '3to5' })).toContain('size-conflict');
  });
  it('3 or more sites, or a surgical candidate → palliative', () => {
    expect(verdict(curativePalliative, { ...mal, sites: 'ge3' })).toBe('palliative');
    expect(verdict(curativePalliative, { ...mal, surgery: 'yes' })).toBe('palliative');
  });
  it('no MDT review → multidisciplinary review first', () => expect(verdict(curativePalliative, { ...mal, mdt: 'no' })).toBe('mdt-first'));
  it('size questions only for malignant lesions', () => {
    const r = run(curativePalliative, { type: 'oo' });
    expect(r.kind).toBe('result');
  });
});

describe('M3 readiness — CIRSE: normal coagulation, platelets, WBC; infections resolved; written consent', () => {
  const ok = { procedure: 'cement-single', site: 'spine', labs: 'yes', infection: 'no', consent: 'yes' };
  it('all in order → ready with conscious sedation and real-time fluoroscopy', () => {
    expect(verdict(readiness, ok)).toBe('ready');
    expect(fired(readiness, ok)).toEqual(expect.arrayContaining(['sedation-single', 'guide-cement', 'guide-spine']));
  });
  it('any infection, abnormal labs or missing consent → not ready', () => {
    for (const bad of [{ infection: 'yes' }, { labs: 'no' }, { consent: 'no' }]) expect(verdict(readiness, { ...ok, ...bad })).toBe('not-ready');
  });
  it('anaesthesia by procedure: ablation GA/spinal/root block, ethanol deep sedation or GA, kyphoplasty always GA', () => {
    expect(fired(readiness, { ...ok, procedure: 'ablation' })).toContain('sedation-ablation');
    expect(fired(readiness, { ...ok, procedure: 'ethanol' })).toContain('sedation-ethanol');
    expect(fired(readiness, { ...ok, procedure: 'kyphoplasty' })).toContain('sedation-kp');
  });
  it('superficial lytic lesion → ultrasound is an option', () => expect(fired(readiness, { ...ok, site: 'superficial' })).toContain('guide-us'));
  it('the wording check names what is missing and what is extra (a planted gap in the readiness wording)', () => {
    const { sterility: _sterility, ...findings } = readinessWording.findings;
    const site = { ...readinessWording.questions.site!, options: { spine: { it: 'x', en: 'x' } } };
    const planted: CheckerWording = { ...readinessWording, questions: { ...readinessWording.questions, site }, findings: { ...findings, consent: { it: '', en: 'x' }, 'guide-mri': { it: 'x', en: 'x' } } };
    expect(wordingGaps(readiness, planted)).toEqual(['questions.site.options.superficial: no wording', 'questions.site.options.other: no wording', 'findings.consent: no it wording', 'findings.sterility: no wording', 'findings.guide-mri: wording for no rule']);
  });
  it('ablation: the CIRSE and Salapura–Jeromel positions on anaesthesia are both shown as a disagreement, citing both', () => {
    const f = run(readiness, { ...ok, procedure: 'ablation' }).findings.find((x) => x.id === 'sedation-ablation')!;
    expect(f.refs).toEqual(expect.arrayContaining(['gangi2010', 'seed004-review']));
    expect(text(readiness, f.id, 'en')).toMatch(/sources disagree.*general or spinal.*local anaesthesia with sedation.*anaesthetist/);
    expect(text(readiness, f.id, 'it')).toMatch(/non concordano.*generale, spinale.*anestesia locale con sedazione.*anestesista/);
  });
  it('kyphoplasty: no unsourced claim about sedation sits inside the cited sentence; our caveat is marked as ours', () => {
    const f = run(readiness, { ...ok, procedure: 'kyphoplasty' }).findings.find((x) => x.id === 'sedation-kp')!;
    expect(text(readiness, f.id, 'en')).not.toMatch(/many centres/);
    expect(text(readiness, f.id, 'en')).toContain('our note');
    expect(text(readiness, f.id, 'it')).toContain('nota nostra');
  });
});

describe('M5 Wallace 2015: seven indications for ablation', () => {
  const none = Object.fromEntries(ablationIndications.questions.map((q) => [q.id, 'no']));
  it('has exactly the seven criteria', () => expect(ablationIndications.questions).toHaveLength(7));
  it('none → radiotherapy first; any one → ablation indicated', () => {
    expect(verdict(ablationIndications, none)).toBe('rt-first');
    for (const q of ablationIndications.questions) expect(verdict(ablationIndications, { ...none, [q.id]: 'yes' }), q.id).toBe('indicated');
  });
  it('"indicated" is not clearance: the verdict names the contraindications, cord compression, ESCC and SINS, in both languages', () => {
    const r = run(ablationIndications, { ...none, persistent: 'yes' });
    expect(r.kind).toBe('result');
    if (r.kind !== 'result') return;
    expect(r.verdict.tone).not.toBe('ok');
    const label = ablationIndicationsWording.verdicts[r.verdict.code]!;
    expect(label.en).toMatch(/contraindications.*vertebroplasty.*cord compression.*ESCC.*SINS/);
    expect(label.it).toMatch(/controindicazioni.*vertebroplastica.*compressione midollare.*ESCC.*SINS/);
  });
  it('radioresistant tumours named as in the source: RCC, chondrosarcoma, melanoma', () => {
    expect(ablationIndicationsWording.questions.radioresistant!.label.en).toContain('renal-cell carcinoma, chondrosarcoma, melanoma');
  });
  it('an impending fracture is not left to ablation alone: the finding asks for consolidation, in both languages', () => {
    const f = run(ablationIndications, { ...none, impending: 'yes' }).findings.find((x) => x.id === 'impending')!;
    expect(f.level).toBe('warn');
    expect(text(ablationIndications, f.id, 'en')).toMatch(/does not prevent the fracture.*consolidation/);
    expect(text(ablationIndications, f.id, 'it')).toMatch(/non previene la frattura.*consolidamento/);
    expect(f.refs).toContain('gangi2010');
  });
  it('only a criterion with a caution warns, in its own words; every other finding restates its criterion', () => {
    for (const f of ablationIndications.findings) {
      const restates = ablationIndicationsWording.findings[f.id] === ablationIndicationsWording.questions[f.id]!.label;
      expect(restates, f.id).toBe(f.level === 'ok');
    }
    expect(ablationIndicationsTextsIn('en').findings.impending).toMatch(/^Painful lesion with impending fracture: ablation alone/);
  });
});

describe('M7 augmentation — Salapura & Jeromel 2014', () => {
  it('kyphoplasty only with general anaesthesia; 3–5 mm height, 10–20× cost, same pain at 6 months', () => {
    expect(verdict(augmentationChoice, { site: 'vertebra', height: 'yes', ga: 'yes' })).toBe('kp-or-vp');
    expect(fired(augmentationChoice, { site: 'vertebra', height: 'yes', ga: 'yes' })).toContain('kp');
    expect(text(augmentationChoice, 'kp', 'en')).toMatch(/3–5 mm.*10 to 20 times.*6 months/);
    expect(verdict(augmentationChoice, { site: 'vertebra', height: 'yes', ga: 'no' })).toBe('vp');
  });
  it('vertebroplasty: stability and epidural disease are checked before cement; the efficacy figures carry the review’s own caveat', () => {
    const f = run(augmentationChoice, { site: 'vertebra', height: 'no', ga: 'yes' }).findings.find((x) => x.id === 'vp')!;
    expect(text(augmentationChoice, f.id, 'en')).toMatch(/grade ESCC and score SINS/);
    expect(text(augmentationChoice, f.id, 'it')).toMatch(/assegna il grado ESCC e calcola il SINS/);
    expect(text(augmentationChoice, f.id, 'en')).toMatch(/86% at 1 month and 92% at 6 months for painful vertebral fractures in general, not metastases specifically \(the review\).*Buchbinder, Kallmes/);
    expect(text(augmentationChoice, f.id, 'en')).not.toMatch(/osteoporotic/);
  });
  it('kyphoplasty and general anaesthesia: no unsourced sedation claim inside the review’s sentence', () => {
    const texts = run(augmentationChoice, { site: 'vertebra', height: 'yes', ga: 'no' }).findings.map((x) => text(augmentationChoice, x.id, 'en')).join(' ');
    expect(texts).not.toMatch(/centres (also use|perform kyphoplasty under) sedation/);
    expect(texts).toContain('our note');
  });
  it('long-bone diaphysis → no cement, surgical fixation', () => expect(verdict(augmentationChoice, { site: 'diaphysis' })).toBe('surgery'));
  it('pelvis and femoral head → osteoplasty', () => {
    expect(verdict(augmentationChoice, { site: 'pelvis' })).toBe('osteoplasty');
    expect(verdict(augmentationChoice, { site: 'femoral-head' })).toBe('osteoplasty');
  });
});

describe('M10 coblation — CIRSE: inoperable painful spinal tumour with canal extension or broken posterior wall', () => {
  const best = { spinal: 'yes', operable: 'no', canal: 'yes', wall: 'no', deficit: 'no' };
  it('best candidate', () => expect(verdict(coblationCandidate, best)).toBe('candidate'));
  it('its texts for a page are in that language: questions, yes/no, verdicts', () => {
    expect(coblationTextsIn('it').questions.operable).toEqual({ label: 'Il paziente è operabile?', options: { yes: 'Sì', no: 'No' } });
    expect(coblationTextsIn('en').verdicts['surgery-first']).toBe('Operable: surgical opinion first');
  });
  it('the wording check names what is missing and what is extra (planted in the M10 wording)', () => {
    const planted: CheckerWording = { ...coblationWording, findings: { ...coblationWording.findings, deficit: { it: '', en: 'x' }, stray: { it: 'x', en: 'x' } } };
    const { spinal: _spinal, ...questions } = coblationWording.questions;
    expect(wordingGaps(coblationCandidate, { ...planted, questions })).toEqual(['questions.spinal: no wording', 'questions.spinal.options.yes: no wording', 'questions.spinal.options.no: no wording', 'findings.deficit: no it wording', 'findings.stray: wording for no rule']);
  });
  it('operable → surgical opinion first', () => expect(verdict(coblationCandidate, { ...best, operable: 'yes' })).toBe('surgery-first'));
  it('symptomatic compression → urgent, never a percutaneous plan first', () => expect(verdict(coblationCandidate, { ...best, deficit: 'yes' })).toBe('urgent'));
  it('neither canal nor wall → other options, without claiming that they usually suffice (no source says so)', () => {
    expect(verdict(coblationCandidate, { ...best, canal: 'no' })).toBe('other');
    const r = run(coblationCandidate, { ...best, canal: 'no' });
    if (r.kind === 'result') expect(coblationWording.verdicts[r.verdict.code]!.en).toBe('No canal extension or broken wall: not the typical candidate for ionization; consider cementoplasty or ablation');
  });
});

describe('M12 MRgFUS — Napoli 2013: not applicable to the vertebral body; epidural block or deep sedation', () => {
  it('vertebral body → not applicable', () => expect(verdict(mrgfusEligibility, { site: 'vertebral-body', anaesthesia: 'yes' })).toBe('not-applicable'));
  it('other bone, anaesthesia possible → eligible', () => expect(verdict(mrgfusEligibility, { site: 'other', anaesthesia: 'yes' })).toBe('eligible'));
  it('no anaesthesia → consultation first', () => expect(verdict(mrgfusEligibility, { site: 'other', anaesthesia: 'no' })).toBe('anaesthesia'));
  it('the MRgFUS texts for a page are in that language: questions, yes/no, findings', () => {
    expect(mrgfusTextsIn('it').questions.anaesthesia!.options).toEqual({ yes: 'Sì', no: 'No' });
    expect(mrgfusTextsIn('it').findings.vertebral).toBe(mrgfusWording.findings.vertebral!.it);
    expect(JSON.stringify(mrgfusTextsIn('it'))).not.toContain(mrgfusWording.findings.profile!.en);
  });
});
