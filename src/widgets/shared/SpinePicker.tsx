import { useRef, type KeyboardEvent } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from './ui-strings';
import { spineLevels, locationOfLevel, type SinsLocation } from '../../core/scores/sins/spine-levels';
import type { ScoreOption } from '../../core/scores/sum-score';

interface Props {
  lang: Locale;
  /** The SINS location options with their wording (the colours' legend). */
  locationOptions: readonly ScoreOption[];
  level: string | undefined;
  onChange: (level: string) => void;
}

const ROW = 22;
const TOP = 10;
// Vertebral bodies grow from the neck to the lumbar spine, then the sacrum tapers: a schematic, not anatomy.
const widthOf = (region: string, index: number) =>
  region === 'cervical' ? 44 + index * 2 : region === 'thoracic' ? 58 + (index - 8) * 1.5 : region === 'lumbar' ? 80 : 74 - (index - 25) * 9;

const locationLabel = (options: readonly ScoreOption[], loc: SinsLocation, lang: Locale) =>
  options.find((o) => o.id === loc)?.label[lang] ?? loc;

/**
 * The spine drawn as thirty selectable vertebrae. It behaves like a radio group: one tab stop,
 * arrows move the choice, Home/End jump to C0/S5; colours show the SINS location category.
 */
export function SpinePicker({ lang, locationOptions, level, onChange }: Props) {
  const t = getT(lang);
  const refs = useRef<Record<string, SVGGElement | null>>({});
  const selectedIndex = spineLevels.findIndex((l) => l.id === level);
  const focusIndex = selectedIndex >= 0 ? selectedIndex : 0;

  const move = (to: number) => {
    const target = spineLevels[Math.max(0, Math.min(spineLevels.length - 1, to))]!;
    onChange(target.id);
    refs.current[target.id]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const keys: Record<string, number> = { ArrowDown: index + 1, ArrowRight: index + 1, ArrowUp: index - 1, ArrowLeft: index - 1, Home: 0, End: spineLevels.length - 1 };
    if (e.key in keys) {
      e.preventDefault();
      move(keys[e.key]!);
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      onChange(spineLevels[index]!.id);
    }
  };

  const height = TOP * 2 + spineLevels.length * ROW;
  return (
    <div className="spine-picker">
      <svg viewBox={`0 0 230 ${height}`} role="radiogroup" aria-label={t('sins.spineLabel')} className="spine-picker__svg">
        {spineLevels.map((l) => {
          const loc = locationOfLevel(l.id)!;
          const w = widthOf(l.region, l.index);
          const y = TOP + l.index * ROW;
          const selected = l.id === level;
          const name = l.id === 'C0' ? `C0 (${t('sins.occiput')})` : l.id;
          return (
            <g
              key={l.id}
              ref={(el) => { refs.current[l.id] = el; }}
              role="radio"
              aria-checked={selected}
              aria-label={`${name}, ${t(`sins.region.${l.region}`)}: ${locationLabel(locationOptions, loc, lang)}`}
              tabIndex={l.index === focusIndex ? 0 : -1}
              className={`vertebra vertebra--${loc}${selected ? ' is-selected' : ''}`}
              data-level={l.id}
              onClick={() => onChange(l.id)}
              onKeyDown={(e) => onKeyDown(e, l.index)}
            >
              <rect x={95 - w / 2} y={y} width={w} height={ROW - 4} rx={l.id === 'C0' ? 9 : 4} />
              <text x={95} y={y + ROW / 2 + 2} textAnchor="middle" aria-hidden="true">{l.id}</text>
              {selected && <path d={`M ${95 + w / 2 + 6} ${y + (ROW - 4) / 2} l 12 -7 v 14 z`} className="vertebra__marker" aria-hidden="true" />}
            </g>
          );
        })}
        {(['cervical', 'thoracic', 'lumbar', 'sacral'] as const).map((region) => {
          const levels = spineLevels.filter((l) => l.region === region);
          const mid = TOP + ((levels[0]!.index + levels.at(-1)!.index + 1) / 2) * ROW;
          return <text key={region} x={150} y={mid} className="spine-picker__region" aria-hidden="true">{t(`sins.region.${region}`)}</text>;
        })}
      </svg>
      <ul className="spine-picker__legend" aria-label={t('sins.legend')}>
        {(['junctional', 'mobile', 'semirigid', 'rigid'] as const).map((loc) => (
          <li key={loc}><span className={`swatch vertebra--${loc}`} aria-hidden="true" />{locationLabel(locationOptions, loc, lang)}</li>
        ))}
      </ul>
    </div>
  );
}
