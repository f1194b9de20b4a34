import { getT } from '../shared/ui-strings';
import type { ChoiceGroupProps } from '../shared/ChoiceGroup';

/**
 * A long component (Tokuhashi's primary site) as one radio group whose options are shown in sub-groups by
 * points, so the user sees at a glance which weigh the same. All radios share one name: arrows walk the list.
 */
export function ByPointsGroup({ idPrefix, component, value, lang, onChange }: ChoiceGroupProps) {
  const t = getT(lang);
  const helpId = `${idPrefix}-${component.id}-help`;
  const levels = [...new Set(component.options.map((o) => o.points))].sort((a, b) => a - b);
  return (
    <fieldset className="choice-group by-points" data-component={component.id} aria-describedby={helpId}>
      <legend>{component.label[lang]}</legend>
      <p className="choice-group__help" id={helpId}>{component.help[lang]}</p>
      <div className="by-points__levels">
        {levels.map((points) => {
          const headingId = `${idPrefix}-${component.id}-pts${points}`;
          return (
            <div key={points} className="by-points__level" role="group" aria-labelledby={headingId} data-points={points}>
              <p className="by-points__heading" id={headingId}>{t('calc.points', { count: points })}</p>
              <div className="by-points__options">
                {component.options.filter((o) => o.points === points).map((option) => {
                  const id = `${idPrefix}-${component.id}-${option.id}`;
                  return (
                    <label key={option.id} htmlFor={id} className={value === option.id ? 'is-checked' : undefined}>
                      <input type="radio" id={id} name={`${idPrefix}-${component.id}`} value={option.id} checked={value === option.id} onChange={() => onChange(option.id)} />
                      <span>{option.label[lang]}</span>
                    </label>
                  );
                })}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
