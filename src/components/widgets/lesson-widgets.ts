// The lesson widgets of issue 15: each usable in MDX without import (lessonWidgets) and on its own tool page
// (lessonToolWidgets, keyed by tool id = URL segment = content/tools/<lang>/<id>.mdx). One line per widget here.
import CryoPlanner from './CryoPlanner.astro';
import VertebroplastyCheck from './VertebroplastyCheck.astro';
import VertebroplastyApproach from './VertebroplastyApproach.astro';

export const lessonWidgets = { CryoPlanner, VertebroplastyCheck, VertebroplastyApproach };

export const lessonToolWidgets: Record<string, unknown> = {
  'cryo-planner': CryoPlanner,
  'vertebroplasty-check': VertebroplastyCheck,
  'vertebroplasty-approach': VertebroplastyApproach,
};
