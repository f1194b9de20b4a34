// The drawings take their colours from roles in global.css; these checks keep them legible in both themes: labels
// at 4.5:1 on the fills they sit on (WCAG text), outlines at 3:1 against the fills they separate (WCAG non-text).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Theme = Record<string, string>;

/** The hex custom properties of the first block that follows `marker` in the CSS. */
function block(css: string, marker: string): Theme {
  const start = css.indexOf('{', css.indexOf(marker));
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1], m[2]]));
}

const css = readFileSync('src/styles/global.css', 'utf8');
const light = block(css, ':root');
const dark = { ...light, ...block(css, '@media screen and (prefers-color-scheme: dark)') };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const spine = ['--fig-spine-junctional', '--fig-spine-mobile', '--fig-spine-semirigid', '--fig-spine-rigid'];
/** Label colour and the fills it is written on (case schematic levels, spine picker levels). */
const TEXT: [string, string[]][] = [['--fg', ['--fig-bone', '--fig-tumour', '--fig-tumour-region', ...spine]]];
/** Outline and the fills on either side of it. */
const EDGES: [string, string[]][] = [
  ['--fig-line', ['--bg', '--fig-bone', '--fig-fat', '--fig-tumour-region', ...spine]],
  ['--fig-line-soft', ['--bg']],
  ['--fig-fluid-edge', ['--fig-fluid', '--fig-fat']],
  ['--fig-cord-edge', ['--fig-cord', '--fig-fluid', '--fig-fat']],
  ['--fig-tumour-edge', ['--fig-tumour', '--fig-bone', '--fig-fat', '--fig-fluid', '--fig-cord', '--bg']],
  ['--fig-vessel-edge', ['--fig-vessel', '--bg']],
  ['--fig-ice-edge', ['--fig-ice', '--fig-ice-lethal', '--fig-soft-tissue']],
];

function failures(theme: Theme, pairs: [string, string[]][], min: number): string[] {
  return pairs.flatMap(([fg, backs]) =>
    backs.flatMap((back) => {
      const [a, b] = [theme[fg], theme[back]];
      if (!a || !b) return [`${fg} or ${back} is not a hex colour role`];
      const ratio = contrast(a, b);
      return ratio < min ? [`${fg} on ${back}: ${ratio.toFixed(2)}`] : [];
    }),
  );
}

describe('drawing colour roles', () => {
  it('reads the light and the dark values from global.css', () => {
    expect(light['--fig-bone']).toMatch(/^#/);
    expect(dark['--fig-bone']).not.toBe(light['--fig-bone']);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  for (const [name, theme] of [['light', light], ['dark', dark]] as const) {
    it(`keeps labels at 4.5:1 and outlines at 3:1 in the ${name} theme`, () => {
      expect([...failures(theme, TEXT, 4.5), ...failures(theme, EDGES, 3)]).toEqual([]);
    });
  }
});
