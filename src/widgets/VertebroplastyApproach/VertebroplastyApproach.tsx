import { useId, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import { approachRules, fillingOutcome, initialApproach, type ApproachChoice, type Filling, type NeedleTip, type SpineRegion } from '../../core/lesson-tools/vertebroplasty/approach';
import { citeText } from '../shared/cite';
import { Radios } from '../shared/Radios';
import type { ApproachTexts } from '../../core/lesson-tools/vertebroplasty/approach-texts';
import type { UrlSync } from '../shared/UrlSync';
import '../shared/widget.css';
import '../shared/lesson-tools.css';

interface Props {
  strings?: UiStrings;
  lang: Locale;
  /** Route, position and gauge wording in this page's language only, resolved by the wrapper (approachTextsIn). */
  texts: ApproachTexts;
  /** On its tool page (VertebroplastyApproachTool.tsx) the state lives in the URL, so a link reproduces it. */
  url?: UrlSync<ApproachChoice>;
}

/** Axial drawing, anterior at the top. Schematic, not to scale. */
function Drawing({ lang, region, tip, filling }: { lang: Locale; region: SpineRegion; tip: NeedleTip; filling: Filling }) {
  const t = getT(lang);
  const cervical = region === 'cervical';
  const tipX = tip === 'midline' ? 112 : 138;
  const cementLeft = filling === 'bipedicular' || (tip === 'midline' && !cervical);
  return (
    <svg viewBox="0 0 220 200" className="lesson-tool__drawing" role="img" aria-label={t('vp.figure', { region: t(`vp.region.${region}`).toLowerCase() })} data-route={approachRules[region].route}>
      <ellipse cx={110} cy={70} rx={cervical ? 38 : 50} ry={cervical ? 28 : 40} className="lt-bone" />
      <path d="M 78 100 L 70 140 L 110 178 L 150 140 L 142 100 L 130 112 L 132 136 L 110 150 L 88 136 L 90 112 Z" className="lt-bone" />
      <circle cx={110} cy={128} r={17} className="lt-canal" />
      <line x1={110} y1={30} x2={110} y2={110} className="lt-midline" />
      <text x={110} y={102} textAnchor="middle">{t('vp.label.body')}</text>
      <text x={110} y={131} textAnchor="middle">{t('vp.label.canal')}</text>
      {cervical ? (
        <g>
          <circle cx={178} cy={60} r={11} className="lt-vessel" />
          <circle cx={190} cy={76} r={8} className="lt-vessel" />
          <text x={200} y={100} textAnchor="end">{t('vp.label.vessels')}</text>
          <ellipse cx={110} cy={22} rx={26} ry={12} className="lt-airway" />
          <text x={110} y={12} textAnchor="middle">{t('vp.label.airway')}</text>
          {/* Anterolateral: between the airway and the carotid–jugular complex, towards the body. */}
          <line x1={160} y1={18} x2={tipX - 4} y2={58} className="lt-needle" />
          <circle cx={tipX - 4} cy={58} r={3.5} className="lt-tip" />
          <ellipse cx={tip === 'midline' ? 110 : 126} cy={66} rx={tip === 'midline' ? 26 : 14} ry={16} className="lt-cement" />
        </g>
      ) : (
        <g>
          {/* Transpedicular from behind: through the right pedicle; the left one when bipedicular. */}
          <line x1={178} y1={192} x2={tipX} y2={50} className="lt-needle" />
          <circle cx={tipX} cy={50} r={3.5} className="lt-tip" />
          {filling === 'bipedicular' && (
            <>
              <line x1={42} y1={192} x2={220 - tipX} y2={50} className="lt-needle" />
              <circle cx={220 - tipX} cy={50} r={3.5} className="lt-tip" />
            </>
          )}
          <ellipse cx={cementLeft ? 110 : 134} cy={62} rx={cementLeft ? 40 : 18} ry={24} className="lt-cement" />
        </g>
      )}
    </svg>
  );
}

export default function VertebroplastyApproach({ lang, strings, texts, url: Url }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const name = `vpa${useId().replace(/:/g, '')}`;
  const [choice, setChoice] = useState<ApproachChoice>(initialApproach);
  const { region, tip, filling } = choice;
  const set = <K extends keyof ApproachChoice>(k: K) => (v: ApproachChoice[K]) => setChoice((prev) => ({ ...prev, [k]: v }));
  const rule = approachRules[region];
  const words = texts[region];
  const cervical = region === 'cervical';
  const outcome = fillingOutcome(tip, cervical ? 'unipedicular' : filling);

  return (
    <section className="calc lesson-tool" aria-label={t('vp.approach.title')} data-widget="vp-approach">
      <div className="calc__inputs">
        {Url && <Url lang={lang} state={choice} onLoad={setChoice} />}
        <p>{t('vp.approach.lead')}</p>
        <Radios name={`${name}-region`} legend={t('vp.region')} values={['cervical', 'thoracic', 'lumbar'] as const} value={region} label={(v) => t(`vp.region.${v}`)} onChange={set('region')} />
        <Radios name={`${name}-tip`} legend={t('vp.tip')} values={['midline', 'lateral'] as const} value={tip} label={(v) => t(`vp.tip.${v}`)} onChange={set('tip')} />
        {cervical
          ? <p className="meta" data-testid="vp-cervical-note">{t('vp.cervicalNote')}</p>
          : <Radios name={`${name}-filling`} legend={t('vp.filling')} values={['unipedicular', 'bipedicular'] as const} value={filling} label={(v) => t(`vp.filling.${v}`)} onChange={set('filling')} />}
      </div>
      <div className="calc__result">
        <Drawing lang={lang} region={region} tip={tip} filling={cervical ? 'unipedicular' : filling} />
        <div className="result" aria-live="polite" data-testid="vp-approach-result" data-route={rule.route} data-outcome={outcome}>
          <p><strong>{t('vp.route')}: </strong>{words.route} {words.position ?? ''} <span className="meta">({citeText(['seed004-review'], lang)})</span></p>
          {!cervical && <p data-testid="vp-outcome">{t(`vp.outcome.${outcome}`)} <span className="meta">({citeText(['seed004-review'], lang)})</span></p>}
          <p><strong>{t('vp.gauge')}: </strong></p>
          <ul data-testid="vp-gauges">
            {rule.gaugeSources.map((source, i) => <li key={source}>{words.gauges[i]} ({citeText([source], lang)})</li>)}
          </ul>
          <p className="meta">{t('vp.injection')}</p>
        </div>
        <p className="meta">{t('calc.disclaimer')}</p>
      </div>
    </section>
  );
}
