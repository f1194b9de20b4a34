// The calculator behind each tool page, keyed by tool id (= URL segment = content/tools/<id>.mdx).
import SinsCalculator from './SinsCalculator.astro';

export const toolWidgets: Record<string, unknown> = {
  sins: SinsCalculator,
};
