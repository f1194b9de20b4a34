import type { Locale } from '../../core/i18n/locales';
import { getT } from './ui-strings';
import type { SinsBand, SinsComponentId } from '../../core/scores/sins/sins-points';
import type { SumScoreDefinition } from '../../core/scores/sum-score';
import type { SinsInput } from '../../core/scores/sins/score-sins';
import { locationOfLevel } from '../../core/scores/sins/spine-levels';
import { ChoiceGroup } from './ChoiceGroup';
import { SpinePicker } from './SpinePicker';
import './widget.css';
import './sins-calculator.css';

interface Props {
  lang: Locale;
  /** SINS with its wording, in `lang` (sumScoreIn on the server): the island ships the points only. */
  def: SumScoreDefinition<SinsComponentId, SinsBand>;
  /** Prefix that keeps ids and radio names unique when two widgets share a page. */
  idPrefix: string;
  input: SinsInput;
  /**
   * Receives only the keys that change; a key set to undefined is cleared. Picking a level clears a
   * directly chosen location and the other way round, so the two never disagree.
   */
  onChange: (patch: Partial<SinsInput>) => void;
}

/**
 * The six SINS inputs (spine drawing for the level, then the five other components). Used by the
 * SINS calculator and embedded in the NOMS walkthrough as its mechanical assessment.
 */
export function SinsInputs({ lang, def, idPrefix, input, onChange }: Props) {
  const t = getT(lang);
  const [locationComponent, ...otherComponents] = def.components;
  if (!locationComponent) return null;
  const location = input.level ? locationOfLevel(input.level) : input.location;
  const locationLabel = location ? locationComponent.options.find((o) => o.id === location)?.label[lang] : undefined;

  const setComponent = (id: SinsComponentId, value: string) =>
    onChange(id === 'location' ? { level: undefined, location: value } : { [id]: value });

  return (
    <>
      <fieldset className="choice-group sins-level" aria-describedby={`${idPrefix}-level-help`}>
        <legend>{t('sins.levelLegend')}</legend>
        <p className="choice-group__help" id={`${idPrefix}-level-help`}>{t('sins.levelHelp')}</p>
        <div className="sins-level__layout">
          <SpinePicker lang={lang} locationOptions={locationComponent.options} level={input.level} onChange={(level) => onChange({ level, location: undefined })} />
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
    </>
  );
}
