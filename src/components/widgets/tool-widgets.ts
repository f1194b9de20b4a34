// The calculator behind each tool page, keyed by tool id (= URL segment = content/tools/<id>.mdx).
import SinsCalculator from './SinsCalculator.astro';
import EsccPicker from './EsccPicker.astro';
import NomsCalculator from './NomsCalculator.astro';
import TokuhashiCalculator from './TokuhashiCalculator.astro';
import PainResponseCalculator from './PainResponseCalculator.astro';
import RadiosensitivityTable from './RadiosensitivityTable.astro';
import { lessonToolWidgets } from './lesson-widgets';

export const toolWidgets: Record<string, unknown> = {
  sins: SinsCalculator,
  escc: EsccPicker,
  noms: NomsCalculator,
  tokuhashi: TokuhashiCalculator,
  'pain-response': PainResponseCalculator,
  radiosensitivity: RadiosensitivityTable,
  ...lessonToolWidgets,
};
