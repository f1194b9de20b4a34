// The calculator behind each tool page, keyed by tool id (= URL segment = content/tools/<id>.mdx). Every sum
// score of the registry gets the generic calculator (which reads its id from the page) unless listed here.
import SinsCalculator from './SinsCalculator.astro';
import EsccPicker from './EsccPicker.astro';
import NomsCalculator from './NomsCalculator.astro';
import TokuhashiCalculator from './TokuhashiCalculator.astro';
import PainResponseCalculator from './PainResponseCalculator.astro';
import RadiosensitivityTable from './RadiosensitivityTable.astro';
import SumScoreCalculator from './SumScoreCalculator.astro';
import { sumScoreIds } from '../../core/scores/registry';
import { lessonToolWidgets } from './lesson-widgets';

export const toolWidgets: Record<string, unknown> = {
  ...Object.fromEntries(sumScoreIds.map((id) => [id, SumScoreCalculator])),
  sins: SinsCalculator,
  escc: EsccPicker,
  noms: NomsCalculator,
  tokuhashi: TokuhashiCalculator,
  'pain-response': PainResponseCalculator,
  radiosensitivity: RadiosensitivityTable,
  ...lessonToolWidgets,
};
