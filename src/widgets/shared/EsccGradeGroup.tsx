import type { Locale } from '../../core/i18n/locales';
import { getT } from './ui-strings';
import { esccGrades, esccLevelLabels, type EsccGrade } from '../../core/scores/escc/escc-definition';
import { EsccDrawing, EsccSwatch } from './EsccDrawing';
import './widget.css';
import './escc-picker.css';

interface Props {
  lang: Locale;
  /** Prefix that keeps ids and radio names unique when two widgets share a page. */
  idPrefix: string;
  value: EsccGrade | undefined;
  onChange: (grade: EsccGrade) => void;
}

const keyParts = ['bone', 'fat', 'csf', 'cord', 'tumour'] as const;

/**
 * The six ESCC grades as a native radio group of cards, each with its axial drawing, so arrows move the
 * choice and screen readers announce grade and description. The chosen card shows a check mark and a
 * "selected" tag besides its colour. Used by the ESCC picker and by the NOMS walkthrough.
 */
export function EsccGradeGroup({ lang, idPrefix, value, onChange }: Props) {
  const t = getT(lang);
  const helpId = `${idPrefix}-escc-help`;
  return (
    <fieldset className="choice-group escc-group" data-component="escc" aria-describedby={helpId}>
      <legend>{t('escc.legend')}</legend>
      <p className="choice-group__help" id={helpId}>{t('escc.help')}</p>
      <div className="escc-group__cards">
        {esccGrades.map((g) => {
          const id = `${idPrefix}-escc-${g.id}`;
          const checked = value === g.id;
          return (
            <label key={g.id} htmlFor={id} className={`escc-card escc-card--${g.level}${checked ? ' is-checked' : ''}`} data-grade={g.id}>
              <span className="escc-card__head">
                <input
                  type="radio"
                  id={id}
                  name={`${idPrefix}-escc`}
                  value={g.id}
                  checked={checked}
                  aria-labelledby={`${id}-name`}
                  aria-describedby={`${id}-desc`}
                  onChange={() => onChange(g.id)}
                />
                <span className="escc-card__name" id={`${id}-name`}>{g.name[lang]}</span>
                {/* The checked radio already tells assistive technology; the tag is for the eye. */}
                {checked && <span className="escc-card__tag" aria-hidden="true">✓ {t('escc.selected')}</span>}
              </span>
              <EsccDrawing grade={g.id} className="escc-card__drawing" />
              <span className="escc-card__desc" id={`${id}-desc`}>
                {g.description[lang]} <span className="escc-card__level">{esccLevelLabels[g.level][lang]}</span>
              </span>
            </label>
          );
        })}
      </div>
      <ul className="escc-key" aria-label={t('escc.keyLabel')}>
        {keyParts.map((part) => (
          <li key={part}><EsccSwatch part={part} />{t(`escc.key.${part}`)}</li>
        ))}
        <li className="escc-key__note">{t('escc.key.orientation')}</li>
      </ul>
    </fieldset>
  );
}
