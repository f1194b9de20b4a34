import type { Locale } from '../../core/i18n/locales';
import { getT } from './ui-strings';
import { esccGradeIds, esccLevelOf, type EsccGrade } from '../../core/scores/escc/escc-grades';
import type { EsccGradeTexts } from '../../core/scores/escc/escc-definition';
import type { EsccDrawings, EsccKeyPart } from './escc-drawings';
import './widget.css';
import './escc-picker.css';

/** In the server-built drawings (escc-drawings.ts), the id of each drawing's hatch pattern, made unique here. */
export const HATCH_ID = '__escc_hatch__';

interface Props {
  lang: Locale;
  /** Prefix that keeps ids and radio names unique when two widgets share a page. */
  idPrefix: string;
  /** The grades' wording in `lang` (esccGradeTexts, resolved by the Astro wrapper). */
  texts: EsccGradeTexts;
  /** The drawings as markup (escc-drawings.ts, built by the Astro wrapper): they travel in the page, not in the code. */
  drawings: EsccDrawings;
  value: EsccGrade | undefined;
  onChange: (grade: EsccGrade) => void;
}

/**
 * The six ESCC grades as a native radio group of cards, each with its axial drawing, so arrows move the
 * choice and screen readers announce grade and description. The chosen card shows a check mark and a
 * "selected" tag besides its colour. Used by the ESCC picker and by the NOMS walkthrough.
 */
export function EsccGradeGroup({ lang, idPrefix, texts, drawings, value, onChange }: Props) {
  const t = getT(lang);
  const helpId = `${idPrefix}-escc-help`;
  return (
    <fieldset className="choice-group escc-group" data-component="escc" aria-describedby={helpId}>
      <legend>{t('escc.legend')}</legend>
      <p className="choice-group__help" id={helpId}>{t('escc.help')}</p>
      <div className="escc-group__cards">
        {esccGradeIds.map((g) => {
          const id = `${idPrefix}-escc-${g}`;
          const level = esccLevelOf[g];
          const checked = value === g;
          return (
            <label key={g} htmlFor={id} className={`escc-card escc-card--${level}${checked ? ' is-checked' : ''}`} data-grade={g}>
              <span className="escc-card__head">
                <input
                  type="radio"
                  id={id}
                  name={`${idPrefix}-escc`}
                  value={g}
                  checked={checked}
                  aria-labelledby={`${id}-name`}
                  aria-describedby={`${id}-desc`}
                  onChange={() => onChange(g)}
                />
                <span className="escc-card__name" id={`${id}-name`}>{texts.grades[g].name}</span>
                {/* The checked radio already tells assistive technology; the tag is for the eye. */}
                {checked && <span className="escc-card__tag" aria-hidden="true">✓ {t('escc.selected')}</span>}
              </span>
              <svg
                viewBox="0 0 120 110"
                className="escc-card__drawing"
                aria-hidden="true"
                focusable="false"
                data-escc-drawing={g}
                dangerouslySetInnerHTML={{ __html: drawings.grades[g].replaceAll(HATCH_ID, `escc-hatch-${g}-${idPrefix}`) }}
              />
              <span className="escc-card__desc" id={`${id}-desc`}>
                {texts.grades[g].description} <span className="escc-card__level">{texts.levels[level]}</span>
              </span>
            </label>
          );
        })}
      </div>
      <ul className="escc-key" aria-label={t('escc.keyLabel')}>
        {(Object.keys(drawings.swatches) as EsccKeyPart[]).map((part) => (
          <li key={part}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" className="escc-swatch" dangerouslySetInnerHTML={{ __html: drawings.swatches[part] }} />
            {t(`escc.key.${part}`)}
          </li>
        ))}
        <li className="escc-key__note">{t('escc.key.orientation')}</li>
      </ul>
    </fieldset>
  );
}
