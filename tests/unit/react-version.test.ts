// React and react-dom must be the same release (a mismatch throws when an island hydrates), and stay on the
// line the README's bench section names: 19.3 adds 8.4 kB gzip to every island page for features no island uses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
const installed = (name: string) => (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;

/** The problem with a pair of pinned versions, or null. */
function reactPinProblem(react: string, reactDom: string): string | null {
  if (!/^\d+\.\d+\.\d+$/.test(react) || !/^\d+\.\d+\.\d+$/.test(reactDom)) return `react ${react} and react-dom ${reactDom} must be exact versions`;
  if (react !== reactDom) return `react ${react} and react-dom ${reactDom} differ`;
  if (!react.startsWith('19.2.')) return `react ${react} is not on the 19.2 line the README names`;
  return null;
}

describe('React version', () => {
  it('react and react-dom are pinned to the same 19.2 release, and that is what is installed', () => {
    expect(reactPinProblem(pkg.dependencies.react!, pkg.dependencies['react-dom']!)).toBeNull();
    expect(installed('react')).toBe(pkg.dependencies.react);
    expect(installed('react-dom')).toBe(pkg.dependencies['react-dom']);
  });

  it('names a range, a mismatch and a newer line', () => {
    expect(reactPinProblem('^19.2.9', '19.2.9')).toMatch(/exact/);
    expect(reactPinProblem('19.2.9', '19.2.8')).toMatch(/differ/);
    expect(reactPinProblem('19.3.1', '19.3.1')).toMatch(/19\.2 line/);
  });
});
