// The lesson widgets of issue 15: each usable in MDX without import (lessonWidgets) and on its own tool page
// (lessonToolWidgets, keyed by tool id = URL segment = content/tools/<lang>/<id>.mdx). One line per widget here.
import CryoPlanner from './CryoPlanner.astro';
import VertebroplastyCheck from './VertebroplastyCheck.astro';
import VertebroplastyApproach from './VertebroplastyApproach.astro';
import ThermalProtectionChooser from './ThermalProtectionChooser.astro';
import AblationChooser from './AblationChooser.astro';
import EmbolizationPlanner from './EmbolizationPlanner.astro';

export const lessonWidgets = { CryoPlanner, VertebroplastyCheck, VertebroplastyApproach, ThermalProtectionChooser, AblationChooser, EmbolizationPlanner };

export const lessonToolWidgets: Record<string, unknown> = {
  'cryo-planner': CryoPlanner,
  'vertebroplasty-check': VertebroplastyCheck,
  'vertebroplasty-approach': VertebroplastyApproach,
  'thermal-protection': ThermalProtectionChooser,
  'ablation-chooser': AblationChooser,
  'embolization-planner': EmbolizationPlanner,
};
