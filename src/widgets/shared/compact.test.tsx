// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import SinsCalculator from '../SinsCalculator/SinsCalculator';
import TokuhashiCalculator from '../TokuhashiCalculator/TokuhashiCalculator';
import EsccPicker from '../EsccPicker/EsccPicker';
import NomsCalculator from '../NomsCalculator/NomsCalculator';

afterEach(cleanup);

describe('compact lesson mode of the four score tools', () => {
  for (const [name, W] of [['sins', SinsCalculator], ['tokuhashi', TokuhashiCalculator], ['escc', EsccPicker], ['noms', NomsCalculator]] as const) {
    it(`${name}: compact adds the lesson-mode class, the default does not`, () => {
      const { unmount } = render(<W lang="en" compact />);
      expect(document.querySelector(`[data-widget="${name}"]`)!.classList.contains('calc--compact')).toBe(true);
      unmount();
      render(<W lang="en" />);
      expect(document.querySelector(`[data-widget="${name}"]`)!.classList.contains('calc--compact')).toBe(false);
    });
  }
});
