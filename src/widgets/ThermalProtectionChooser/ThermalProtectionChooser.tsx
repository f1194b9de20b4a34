import { useId, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import { guidances, initialProtection, insulatorVerdict, insulators, protectionAdvice, techniques, type ProtectionChoice } from '../../core/lesson-tools/thermal-protection/protection-rules';
import { citeText } from '../shared/cite';
import { Radios } from '../shared/Radios';
import type { ProtectionTexts } from '../../core/lesson-tools/thermal-protection/protection-texts';
import type { UrlSync } from '../shared/UrlSync';
import '../shared/widget.css';
import '../shared/lesson-tools.css';

interface Props {
  strings?: UiStrings;
  lang: Locale;
  /** The reasons' and the advice's wording in this page's language only, resolved by the wrapper (protectionTextsIn). */
  texts: ProtectionTexts;
  /** On its tool page (ThermalProtectionChooserTool.tsx) the state lives in the URL, so a link reproduces it. */
  url?: UrlSync<ProtectionChoice>;
}

export default function ThermalProtectionChooser({ lang, strings, texts, url: Url }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const name = `tp${useId().replace(/:/g, '')}`;
  const [choice, setChoice] = useState<ProtectionChoice>(initialProtection);
  const { technique, guidance, structure, cortex } = choice;
  const set = <K extends keyof ProtectionChoice>(k: K) => (v: ProtectionChoice[K]) => setChoice((prev) => ({ ...prev, [k]: v }));
  const [setTechnique, setGuidance, setStructure, setCortex] = [set('technique'), set('guidance'), set('structure'), set('cortex')];
  const neural = structure === 'neural';
  const advice = protectionAdvice(technique, neural, cortex === 'yes');

  return (
    <section className="calc lesson-tool" aria-label={t('tp.title')} data-widget="thermal-protection">
      <div className="calc__inputs">
        {Url && <Url lang={lang} state={choice} onLoad={setChoice} />}
        <p>{t('tp.lead')}</p>
        <Radios name={`${name}-technique`} legend={t('tp.technique')} values={techniques} value={technique} label={(v) => t(`tp.technique.${v}`)} onChange={setTechnique} />
        <Radios name={`${name}-guidance`} legend={t('tp.guidance')} values={guidances} value={guidance} label={(v) => t(`tp.guidance.${v}`)} onChange={setGuidance} />
        <Radios name={`${name}-structure`} legend={t('tp.structure')} values={['neural', 'other'] as const} value={structure} label={(v) => t(`tp.structure.${v}`)} onChange={setStructure} />
        {neural && <Radios name={`${name}-cortex`} legend={t('tp.cortex')} values={['yes', 'no'] as const} value={cortex} label={(v) => t(`tp.cortex.${v}`)} onChange={setCortex} />}
      </div>
      <div className="calc__result" aria-live="polite">
        <table className="lesson-tool__table" data-testid="tp-table">
          <caption>{t('tp.table')}</caption>
          <thead><tr><th scope="col">{t('tp.col.insulator')}</th><th scope="col">{t('tp.col.verdict')}</th><th scope="col">{t('tp.col.why')}</th></tr></thead>
          <tbody>
            {insulators.map((i) => {
              const v = insulatorVerdict(i, technique, guidance);
              return (
                <tr key={i} data-insulator={i} data-status={v.status} className={`lt-status lt-status--${v.status}`}>
                  <th scope="row">{t(`tp.insulator.${i}`)}</th>
                  <td><strong>{t(`tp.status.${v.status}`)}</strong></td>
                  <td>{texts.verdicts[v.id]} <span className="meta">({citeText(v.refs, lang)})</span></td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <h3>{t('tp.monitoring')}</h3>
        <ul data-testid="tp-advice">
          {advice.map((a) => <li key={a.id} data-advice={a.id}>{texts.advice[a.id]} <span className="meta">({citeText(a.refs, lang)})</span></li>)}
        </ul>
        <p className="meta">{t('calc.disclaimer')}</p>
      </div>
    </section>
  );
}
