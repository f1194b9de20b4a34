import { useId, useMemo, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from '../../core/i18n/translate';
import { sinsDefinition, type SinsComponentId } from '../../core/scores/sins/sins-definition';
import { scoreSins, type SinsInput } from '../../core/scores/sins/score-sins';
import { parseSinsQuery, sinsQueryString } from '../../core/scores/sins/sins-query';
import { locationOfLevel } from '../../core/scores/sins/spine-levels';
import { bandFor } from '../../core/scores/sum-score';
import { sumScoreText } from '../../core/scores/score-text';
import type { QueryNotice } from '../../core/scores/query';
import { ChoiceGroup } from '../shared/ChoiceGroup';
import { ResultPanel } from '../shared/ResultPanel';
import { CopyButton } from '../shared/CopyButton';
import { QueryNotices } from '../shared/QueryNotices';
import { useUrlState } from '../shared/useUrlState';
import { SpinePicker } from './SpinePicker';
import '../shared/widget.css';
import './sins-calculator.css';

interface Props {
  lang: Locale;
  /** On the calculator page the state lives in the URL; embedded in a lesson it does not. */
  syncUrl?: boolean;
}

export default function SinsCalculator({ lang, syncUrl = false }: Props) {
  const t = getT(lang);
  const idPrefix = `sins${useId().replace(/:/g, '')}`;
  const [input, setInput] = useState<SinsInput>({});
  const [notices, setNotices] = useState<QueryNotice[]>([]);
  const query = sinsQueryString(input);
  useUrlState(syncUrl, (search) => {
    const parsed = parseSinsQuery(search);
    setInput(parsed.input);
    setNotices(parsed.notices);
  }, query);

  const result = useMemo(() => scoreSins(input), [input]);
  const [locationComponent, ...otherComponents] = sinsDefinition.components;
  const location = input.level ? locationOfLevel(input.level) : input.location;

  const setComponent = (id: SinsComponentId, value: string) =>
    setInput((prev) => (id === 'location' ? { ...prev, level: undefined, location: value } : { ...prev, [id]: value }));
  const setLevel = (level: string) => setInput((prev) => ({ ...prev, level, location: undefined }));

  const announcement = result.kind === 'result'
    ? t('calc.announce', { total: result.total, band: bandFor(sinsDefinition.bands, result.total).label[lang] })
    : result.kind === 'incomplete' ? t('calc.announceIncomplete', { count: result.missing.length }) : '';
  const copyText = sumScoreText(sinsDefinition, { ...input, location }, result, lang, input.level ? [`${t('sins.levelLegend')}: ${input.level}`] : []);
  const locationLabel = location ? locationComponent.options.find((o) => o.id === location)?.label[lang] : undefined;

  return (
    <section className="calc sins-calc" aria-label={t('sins.title')} data-widget="sins">
      <div className="calc__inputs">
        <QueryNotices notices={notices} lang={lang} />
        <fieldset className="choice-group sins-level" aria-describedby={`${idPrefix}-level-help`}>
          <legend>{t('sins.levelLegend')}</legend>
          <p className="choice-group__help" id={`${idPrefix}-level-help`}>{t('sins.levelHelp')}</p>
          <div className="sins-level__layout">
            <SpinePicker lang={lang} level={input.level} onChange={setLevel} />
            <div>
              <p className="sins-level__chosen" data-testid="sins-level">
                {input.level && locationLabel ? t('sins.levelChosen', { level: input.level, location: locationLabel }) : t('sins.levelNone')}
              </p>
              <ChoiceGroup
                idPrefix={idPrefix}
                component={{ ...locationComponent, label: { it: t('sins.locationDirect'), en: t('sins.locationDirect') } }}
                value={location}
                lang={lang}
                onChange={(v) => setComponent('location', v)}
              />
            </div>
          </div>
        </fieldset>
        {otherComponents.map((c) => (
          <ChoiceGroup key={c.id} idPrefix={idPrefix} component={c} value={input[c.id]} lang={lang} onChange={(v) => setComponent(c.id, v)} />
        ))}
      </div>
      <div className="calc__result">
        <ResultPanel def={sinsDefinition} result={result} lang={lang} extraLabels={{ level: t('sins.levelLegend') }} />
        <p className="visually-hidden" aria-live="polite" data-testid="score-announcement">{announcement}</p>
        <div className="calc__actions">
          <button type="button" onClick={() => { setInput({}); setNotices([]); }} data-testid="reset">{t('calc.reset')}</button>
          <CopyButton text={copyText} lang={lang} />
          {!syncUrl && <a href={`/${lang}/tools/sins/${query}`}>{t('calc.link')}</a>}
        </div>
        <p className="meta">{t('calc.disclaimer')}</p>
      </div>
    </section>
  );
}
