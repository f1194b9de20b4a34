// The lesson widgets of issue 15: each usable in MDX without import (lessonWidgets) and on its own tool page
// (lessonToolWidgets, keyed by tool id = URL segment = content/tools/<lang>/<id>.mdx). One line per widget here.
import CryoPlanner from './CryoPlanner.astro';
import VertebroplastyCheck from './VertebroplastyCheck.astro';
import VertebroplastyApproach from './VertebroplastyApproach.astro';
import ThermalProtectionChooser from './ThermalProtectionChooser.astro';
import AblationChooser from './AblationChooser.astro';
import EmbolizationPlanner from './EmbolizationPlanner.astro';
import PainGeneratorCheck from './PainGeneratorCheck.astro';
import CurativePalliativeCheck from './CurativePalliativeCheck.astro';
import ReadinessCheck from './ReadinessCheck.astro';
import AblationIndicationsCheck from './AblationIndicationsCheck.astro';
import AugmentationChoice from './AugmentationChoice.astro';
import CoblationCheck from './CoblationCheck.astro';
import MrgfusCheck from './MrgfusCheck.astro';
import EvidenceTable from './EvidenceTable.astro';
import RtResponseChart from './RtResponseChart.astro';

export const lessonWidgets = { CryoPlanner, VertebroplastyCheck, VertebroplastyApproach, ThermalProtectionChooser, AblationChooser, EmbolizationPlanner, PainGeneratorCheck, CurativePalliativeCheck, ReadinessCheck, AblationIndicationsCheck, AugmentationChoice, CoblationCheck, MrgfusCheck, EvidenceTable, RtResponseChart };

export const lessonToolWidgets: Record<string, unknown> = {
  'cryo-planner': CryoPlanner,
  'vertebroplasty-check': VertebroplastyCheck,
  'vertebroplasty-approach': VertebroplastyApproach,
  'thermal-protection': ThermalProtectionChooser,
  'ablation-chooser': AblationChooser,
  'embolization-planner': EmbolizationPlanner,
  'pain-generator': PainGeneratorCheck,
  'curative-palliative': CurativePalliativeCheck,
  'readiness': ReadinessCheck,
  'ablation-indications': AblationIndicationsCheck,
  'augmentation-choice': AugmentationChoice,
  'coblation-candidate': CoblationCheck,
  'mrgfus-eligibility': MrgfusCheck,
  'vp-rfa-evidence': EvidenceTable,
  'rt-response': RtResponseChart,
};
