import { useId, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import { chartView, initialRtResponse, measureMax, measureUnit, measures, type Measure, type RtResponseChoice } from '../../core/lesson-tools/rt-response/rt-response-view';
import { citeText } from '../shared/cite';
import { formatDecimal as formatNumber } from '../shared/ui-strings';
import { Radios } from '../shared/Radios';
import type { UrlSync } from '../shared/UrlSync';
import '../shared/widget.css';
import '../shared/lesson-tools.css';

interface Props {
  strings?: UiStrings;
  lang: Locale;
  /** On its tool page (RtResponseChartTool.tsx) the state lives in the URL, so a link reproduces it. */
  url?: UrlSync<RtResponseChoice>;
}

export default function RtResponseChart({ lang, strings, url: Url }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const name = `rtr${useId().replace(/:/g, '')}`;
  const [m, setM] = useState<Measure>(initialRtResponse.measure);
  const v = chartView(m);
  const unit = measureUnit[m];
  const fmt = (n: number) => (unit === 'pct' ? `${formatNumber(n, lang)}%` : formatNumber(n, lang));
  // A typographic minus, as in print.
  const signed = (n: number) => (n < 0 ? `−${formatNumber(-n, lang)}` : formatNumber(n, lang));
  const diff = t(unit === 'pct' ? 'rtr.pctPoints' : unit === 'weeks' ? 'rtr.weeks' : 'rtr.vasPoints', { n: signed(v.difference) });
  const arm = (i: number) => t('rtr.arm', { label: v.bars[i]!.label[lang], n: v.bars[i]!.patients });
  const W = 300;

  return (
    <section className="calc lesson-tool" aria-label={t('rtr.title')} data-widget="rt-response">
      <div className="calc__inputs">
        {Url && <Url lang={lang} state={{ measure: m }} onLoad={(s) => setM(s.measure)} />}
        <p>{t('rtr.lead')}</p>
        <Radios name={`${name}-measure`} legend={t('rtr.measure')} values={measures} value={m} label={(x) => t(`rtr.measure.${x}`)} onChange={setM} />
      </div>
      <div className="calc__result" aria-live="polite">
        <svg viewBox={`0 0 ${W} 110`} className="lesson-tool__drawing" role="img" data-testid="rtr-chart"
          aria-label={t('rtr.chart', { measure: t(`rtr.measure.${m}`), a: arm(0), av: fmt(v.bars[0]!.value), b: arm(1), bv: fmt(v.bars[1]!.value) })}>
          {v.bars.map((b, i) => {
            const w = Math.max(1, (b.value / measureMax[m]) * (W - 110));
            return (
              <g key={b.id} transform={`translate(0 ${12 + i * 48})`}>
                <text x={0} y={12}>{arm(i)}</text>
                <rect x={0} y={18} width={w} height={18} className={i === 0 ? 'lt-bar lt-bar--combo' : 'lt-bar lt-bar--rt'} />
                <text x={w + 6} y={32}>{fmt(b.value)}</text>
              </g>
            );
          })}
        </svg>
        <p data-testid="rtr-difference"><strong>{t('rtr.difference', { diff })}</strong></p>
        <p className="meta">{t('rtr.onePatient', { a: formatNumber(v.onePatientPts.rfaRt, lang), b: formatNumber(v.onePatientPts.rt, lang) })} ({citeText(v.refs, lang)})</p>
        <p className="meta">{t('calc.disclaimer')}</p>
      </div>
    </section>
  );
}
