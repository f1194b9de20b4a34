import type { Locale } from '../../core/i18n/locales';
import type { ScoreComponent } from '../../core/scores/sum-score';
import { getT } from './ui-strings';

export interface ChoiceGroupProps {
  /** Prefix that makes input names unique when two widgets share a page. */
  idPrefix: string;
  component: ScoreComponent;
  value: string | undefined;
  lang: Locale;
  onChange: (optionId: string) => void;
}

/** One score component as a native radio group: keyboard (arrows) and screen readers for free. */
export function ChoiceGroup({ idPrefix, component, value, lang, onChange }: ChoiceGroupProps) {
  const t = getT(lang);
  const helpId = `${idPrefix}-${component.id}-help`;
  return (
    <fieldset className="choice-group" data-component={component.id} aria-describedby={helpId}>
      <legend>{component.label[lang]}</legend>
      <p className="choice-group__help" id={helpId}>{component.help[lang]}</p>
      <div className="choice-group__options">
        {component.options.map((option) => {
          const id = `${idPrefix}-${component.id}-${option.id}`;
          return (
            <label key={option.id} htmlFor={id} className={value === option.id ? 'is-checked' : undefined}>
              <input
                type="radio"
                id={id}
                name={`${idPrefix}-${component.id}`}
                value={option.id}
                checked={value === option.id}
                onChange={() => onChange(option.id)}
              />
              <span className="choice-group__label">{option.label[lang]}</span>{' '}
              <span className="choice-group__points">{t('calc.points', { count: option.points })}</span>
              {option.help && ' '}
              {option.help && <span className="choice-group__option-help">{option.help[lang]}</span>}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
