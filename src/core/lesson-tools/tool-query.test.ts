import { describe, expect, it } from 'vitest';
import { choiceQuery } from './tool-query';
import { lessonToolQueries } from './tool-queries';
import { ablationQuery, initialLesion } from './ablation-choice/ablation-query';
import { protectionQuery } from './thermal-protection/protection-query';
import { embolizationQuery } from './embolization/embolization-query';
import { checkerQuery } from './checker/checker-query';
import { approachQuery, initialApproach } from './vertebroplasty/approach-query';
import { evidenceQuery } from './evidence/evidence-query';
import { rtResponseQuery } from './rt-response/rt-response-query';
import { selectStudies } from './evidence/vp-rfa-studies';
import { curativePalliative } from './checkers/m02-curative-palliative';
import { painGenerator } from './checkers/m01-pain-generator';
import { readiness } from './checkers/m03-readiness';
import { ablationIndications } from './checkers/m05-ablation-indications';
import { augmentationChoice } from './checkers/m07-augmentation-choice';
import { coblationCandidate } from './checkers/m10-coblation';
import { mrgfusEligibility } from './checkers/m12-mrgfus';
import { visibleQuestions, type Answers } from './checker/checker';
import type { CheckerRules } from './checker/checker';

describe('choiceQuery', () => {
  const q = choiceQuery<{ a: string; on: boolean; list: readonly string[] }>(
    { a: { kind: 'one', values: ['x', 'y'] }, on: { kind: 'flag' }, list: { kind: 'many', values: ['p', 'q', 'r'] } },
    { a: 'x', on: false, list: [] },
  );

  it('writes nothing for the starting state, and only what differs from it, in a fixed order', () => {
    expect(q.serialize(q.defaults)).toBe('');
    expect(q.serialize({ a: 'y', on: true, list: ['r', 'p'] })).toBe('?a=y&on=yes&list=p%2Cr');
    expect(q.parse('?list=r,p&on=yes&a=y').state).toEqual({ a: 'y', on: true, list: ['p', 'r'] });
  });

  it('turns an unknown parameter, an unknown value and a repeated key into notices and loads the rest', () => {
    const { state, notices } = q.parse('?a=z&on=maybe&list=p,zz,p&colour=red&a=y');
    expect(state).toEqual({ a: 'x', on: false, list: ['p'] });
    expect(notices).toEqual([
      { param: 'a', value: 'y', reason: 'repeated' },
      { param: 'a', value: 'z', reason: 'unknown-value', allowed: ['x', 'y'] },
      { param: 'on', value: 'maybe', reason: 'unknown-value', allowed: ['yes', 'no'] },
      { param: 'list', value: 'zz', reason: 'unknown-value', allowed: ['p', 'q', 'r'] },
      { param: 'list', value: 'p', reason: 'repeated' },
      { param: 'colour', value: 'red', reason: 'unknown-param' },
    ]);
  });
});

describe('the lesson tools with a link', () => {
  it('ablation chooser: a curative 3–5 cm blastic lesion near a nerve, with fracture risk', () => {
    const state = { ...initialLesion, aim: 'curative', size: '3to5', matrix: 'blastic', proximity: 'close', fractureRisk: true } as const;
    const qs = ablationQuery.serialize(state);
    expect(qs).toBe('?aim=curative&size=3to5&matrix=blastic&proximity=close&fractureRisk=yes');
    expect(ablationQuery.parse(qs)).toEqual({ state, notices: [] });
  });

  it('thermal protection: cryoablation under ultrasound next to bowel; the hidden cortex question stays out of the link', () => {
    const state = { technique: 'cryo', guidance: 'us', structure: 'other', cortex: 'no' } as const;
    expect(protectionQuery.serialize(state)).toBe('?technique=cryo&guidance=us&structure=other');
    expect(protectionQuery.parse('?technique=cryo&guidance=us&structure=other').state).toEqual({ ...state, cortex: 'yes' });
    const neural = { technique: 'mw', guidance: 'ct', structure: 'neural', cortex: 'no' } as const;
    expect(protectionQuery.parse(protectionQuery.serialize(neural))).toEqual({ state: neural, notices: [] });
  });

  it('embolization planner: palliative with radiotherapy, an Adamkiewicz artery and renal failure', () => {
    const state = { indication: 'palliative', radiotherapy: true, ablation: false, flags: ['adamkiewicz', 'renal'], collaterals: true } as const;
    const qs = embolizationQuery.serialize(state);
    expect(qs).toBe('?indication=palliative&radiotherapy=yes&flags=adamkiewicz%2Crenal&collaterals=yes');
    expect(embolizationQuery.parse(qs)).toEqual({ state, notices: [] });
  });

  it('vertebroplasty approach: a thoracic level, lateral tip, bipedicular; at a cervical level the hidden filling stays out', () => {
    const state = { region: 'thoracic', tip: 'lateral', filling: 'bipedicular' } as const;
    const qs = approachQuery.serialize(state);
    expect(qs).toBe('?region=thoracic&tip=lateral&filling=bipedicular');
    expect(approachQuery.parse(qs)).toEqual({ state, notices: [] });
    expect(approachQuery.serialize(initialApproach)).toBe('');
    expect(approachQuery.serialize({ region: 'cervical', tip: 'lateral', filling: 'bipedicular' })).toBe('?region=cervical&tip=lateral');
    expect(approachQuery.parse('?region=cervical&tip=lateral').state).toEqual({ region: 'cervical', tip: 'lateral', filling: 'unipedicular' });
  });

  it('vertebroplasty approach: a planted bad link gives notices, never a crash, and keeps what it can', () => {
    const { state, notices } = approachQuery.parse('?region=sacral&tip=lateral&tip=midline&gauge=11');
    expect(state).toEqual({ ...initialApproach, tip: 'lateral' });
    expect(notices).toEqual([
      { param: 'tip', value: 'midline', reason: 'repeated' },
      { param: 'region', value: 'sacral', reason: 'unknown-value', allowed: ['cervical', 'thoracic', 'lumbar'] },
      { param: 'gauge', value: '11', reason: 'unknown-param' },
    ]);
  });

  it('evidence table: prospective studies with cement leakage, largest first; dir is written only when reversed', () => {
    const state = { design: 'prospective', events: 'cement', sort: 'patients', dir: 'desc' } as const;
    const qs = evidenceQuery.serialize(state);
    // 'patients' sorts largest first on its own, so the direction stays out of the link.
    expect(qs).toBe('?design=prospective&events=cement&sort=patients');
    expect(evidenceQuery.parse(qs)).toEqual({ state, notices: [] });
    const reversed = { design: 'all', events: 'all', sort: 'year', dir: 'desc' } as const;
    expect(evidenceQuery.serialize(reversed)).toBe('?dir=desc');
    expect(evidenceQuery.parse('?dir=desc')).toEqual({ state: reversed, notices: [] });
    const smallest = { design: 'all', events: 'none', sort: 'improvedPct', dir: 'asc' } as const;
    expect(evidenceQuery.parse(evidenceQuery.serialize(smallest))).toEqual({ state: smallest, notices: [] });
    // The link reproduces the same rows in the same order.
    const { design, events, sort, dir } = evidenceQuery.parse(qs).state;
    expect(selectStudies({ design, events }, sort, dir)).toEqual(selectStudies({ design: 'prospective', events: 'cement' }, 'patients', 'desc'));
  });

  it('evidence table: a planted bad link gives notices, never a crash, and keeps what it can', () => {
    const { state, notices } = evidenceQuery.parse('?sort=pvalue&design=retrospective&design=prospective&dir=up&page=2');
    expect(state).toEqual({ design: 'retrospective', events: 'all', sort: 'year', dir: 'asc' });
    expect(notices).toEqual([
      { param: 'design', value: 'prospective', reason: 'repeated' },
      { param: 'sort', value: 'pvalue', reason: 'unknown-value', allowed: ['year', 'patients', 'procedures', 'followUpMonths', 'improvedPct'] },
      { param: 'dir', value: 'up', reason: 'unknown-value', allowed: ['asc', 'desc'] },
      { param: 'page', value: '2', reason: 'unknown-param' },
    ]);
  });

  it('RT vs RFA + RT chart: the time to response; the starting measure gives a clean address', () => {
    expect(rtResponseQuery.serialize({ measure: 'weeks' })).toBe('?measure=weeks');
    expect(rtResponseQuery.parse('?measure=weeks')).toEqual({ state: { measure: 'weeks' }, notices: [] });
    expect(rtResponseQuery.serialize(rtResponseQuery.defaults)).toBe('');
  });

  it('RT vs RFA + RT chart: a planted bad link gives notices, never a crash', () => {
    const { state, notices } = rtResponseQuery.parse('?measure=overall&measure=complete&week=12&measure=median');
    expect(state).toEqual({ measure: 'overall' });
    expect(notices).toEqual([
      { param: 'measure', value: 'complete', reason: 'repeated' },
      { param: 'measure', value: 'median', reason: 'repeated' },
      { param: 'week', value: '12', reason: 'unknown-param' },
    ]);
    expect(rtResponseQuery.parse('?measure=%E2%80%A6%00<script>').notices).toEqual([
      { param: 'measure', value: '…\u0000<script>', reason: 'unknown-value', allowed: ['complete', 'partial', 'overall', 'weeks', 'baseline'] },
    ]);
  });

  it('a checker writes only the questions on screen; an answer to a hidden one is a notice', () => {
    const q = checkerQuery(curativePalliative);
    const benign = q.parse('?type=ob&sites=lt3');
    expect(benign.state).toEqual({ type: 'ob' });
    expect(benign.notices).toEqual([{ param: 'sites', value: 'lt3', reason: 'unknown-param' }]);
    expect(q.serialize({ type: 'ob', sites: 'lt3' })).toBe('?type=ob');
    expect(checkerQuery(painGenerator).parse('?load=perhaps').notices).toEqual([{ param: 'load', value: 'perhaps', reason: 'unknown-value', allowed: ['yes', 'no'] }]);
  });

  const checkers: Record<string, CheckerRules> = {
    'pain-generator': painGenerator,
    'curative-palliative': curativePalliative,
    readiness,
    'ablation-indications': ablationIndications,
    'augmentation-choice': augmentationChoice,
    'coblation-candidate': coblationCandidate,
    'mrgfus-eligibility': mrgfusEligibility,
  };

  /** A full answer set for a checker: the first option of each question on screen, question by question. */
  const fill = (def: CheckerRules, pick: 0 | -1): Answers => {
    let a: Record<string, string> = {};
    for (let i = 0; i < def.questions.length; i++) {
      for (const question of visibleQuestions(def, a)) {
        if (a[question.id] === undefined) a = { ...a, [question.id]: question.options.at(pick)!.id };
      }
    }
    return a;
  };

  it.each(Object.keys(lessonToolQueries))('%s: every state survives the round trip through its link', (id) => {
    const query = lessonToolQueries[id as keyof typeof lessonToolQueries];
    const parse = query.parse as (s: string) => { state: unknown; notices: unknown[] };
    const serialize = query.serialize as (s: unknown) => string;
    if ('defaults' in query && Object.keys(query.defaults).length > 0) {
      expect(parse(serialize(query.defaults))).toEqual({ state: query.defaults, notices: [] });
    }
    const checker = checkers[id];
    if (checker) {
      for (const pick of [0, -1] as const) {
        const answers = fill(checker, pick);
        expect(parse(serialize(answers))).toEqual({ state: answers, notices: [] });
      }
    }
    expect(parse('?nonsense=1').notices).toEqual([{ param: 'nonsense', value: '1', reason: 'unknown-param' }]);
  });
});
