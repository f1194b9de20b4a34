// Every component a lesson may use without importing it. Add new widgets here (Astro wrappers only).
import Cite from '../lesson/Cite.astro';
import Term from '../lesson/Term.astro';
import Note from '../lesson/Note.astro';
import Figure from '../lesson/Figure.astro';
import SectionCheck from '../lesson/SectionCheck.astro';
import SinsCalculator from '../widgets/SinsCalculator.astro';
import AlgorithmWalkthrough from '../widgets/AlgorithmWalkthrough.astro';
import EsccPicker from '../widgets/EsccPicker.astro';
import NomsCalculator from '../widgets/NomsCalculator.astro';
import TokuhashiCalculator from '../widgets/TokuhashiCalculator.astro';
import SumScoreCalculator from '../widgets/SumScoreCalculator.astro';
import PainResponseCalculator from '../widgets/PainResponseCalculator.astro';
import RadiosensitivityTable from '../widgets/RadiosensitivityTable.astro';
import { lessonWidgets } from '../widgets/lesson-widgets';

export const mdxComponents = { Cite, Term, Note, Figure, SectionCheck, SinsCalculator, EsccPicker, NomsCalculator, TokuhashiCalculator, SumScoreCalculator, PainResponseCalculator, RadiosensitivityTable, AlgorithmWalkthrough, ...lessonWidgets };
