import { useId, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import { chooseAblation, consolidationAdvice, initialLesion, type LesionInput } from '../../core/lesson-tools/ablation-choice/ablation-rules';
import { citeText } from '../shared/cite';
import { Radios } from '../shared/Radios';
import type { AblationTexts } from '../../core/lesson-tools/ablation-choice/ablation-texts';
import type { UrlSync } from '../shared/UrlSync';
import '../shared/widget.css';
import '../shared/lesson-tools.css';

interface Props {
  strings?: UiStrings;
  lang: Locale;
  /** The reasons' and the consolidation advice's wording in this page's language only, resolved by the wrapper (ablationTextsIn). */
  texts: AblationTexts;
  /** On its tool page (AblationChooserTool.tsx) the state lives in the URL, so a link reproduces it. */
  url?: UrlSync<LesionInput>;
}

const order = { fits: 0, possible: 1, avoid: 2 } as const;

export default function AblationChooser({ lang, strings, texts, url: Url }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const name = `abl${useId().replace(/:/g, '')}`;
  const [l, setL] = useState<LesionInput>(initialLesion);
  const set = <K extends keyof LesionInput>(k: K) => (v: LesionInput[K]) => setL((prev) => ({ ...prev, [k]: v }));
  const yesNo = (k: 'fractureRisk' | 'metalImplant', legend: string) => (
    <Radios name={`${name}-${k}`} legend={legend} values={['no', 'yes'] as const} value={l[k] ? 'yes' : 'no'} label={(v) => t(`abl.${v}`)} onChange={(v) => set(k)(v === 'yes')} />
  );
  const verdicts = [...chooseAblation(l)].sort((a, b) => order[a.fit] - order[b.fit]);

  return (
    <section className="calc lesson-tool" aria-label={t('abl.title')} data-widget="ablation-chooser">
      <div className="calc__inputs">
        {Url && <Url lang={lang} state={l} onLoad={setL} />}
        <p>{t('abl.lead')}</p>
        <Radios name={`${name}-aim`} legend={t('abl.aim')} values={['palliative', 'curative'] as const} value={l.aim} label={(v) => t(`abl.aim.${v}`)} onChange={set('aim')} />
        <Radios name={`${name}-size`} legend={t('abl.size')} values={['lt1', '1to3', '3to5', 'gt5'] as const} value={l.size} label={(v) => t(`abl.size.${v}`)} onChange={set('size')} />
        <Radios name={`${name}-matrix`} legend={t('abl.matrix')} values={['lytic', 'mixed', 'blastic'] as const} value={l.matrix} label={(v) => t(`abl.matrix.${v}`)} onChange={set('matrix')} />
        <Radios name={`${name}-proximity`} legend={t('abl.proximity')} values={['away', 'close'] as const} value={l.proximity} label={(v) => t(`abl.proximity.${v}`)} onChange={set('proximity')} />
        {yesNo('fractureRisk', t('abl.fracture'))}
        {yesNo('metalImplant', t('abl.implant'))}
      </div>
      <div className="calc__result" aria-live="polite">
        <h3>{t('abl.results')}</h3>
        <ul className="lesson-tool__verdicts" data-testid="abl-results">
          {verdicts.map((v) => (
            <li key={v.modality} data-modality={v.modality} data-fit={v.fit} className={`lt-fit lt-fit--${v.fit}`}>
              <strong>{t(`abl.modality.${v.modality}`)}: {t(`abl.fit.${v.fit}`)}</strong>
              <ul>
                {v.reasons.filter((r) => v.fit !== 'avoid' || r.effect === 'avoid').map((r) => (
                  <li key={r.id}>{texts.reasons[r.id]} <span className="meta">({citeText(r.refs, lang)})</span></li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        {l.fractureRisk && <p className="result" data-testid="abl-consolidation">{texts.consolidation} <span className="meta">({citeText(consolidationAdvice.refs, lang)})</span></p>}
        <p className="meta">{t('abl.team')}</p>
        <p className="meta">{t('calc.disclaimer')}</p>
      </div>
    </section>
  );
}
