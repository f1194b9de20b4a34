import type { ComponentProps } from 'react';
import { parsePlanQuery, planQueryString } from '../../core/lesson-tools/cryo/plan-query';
import { urlSync } from '../shared/UrlSync';
import CryoPlanner from './CryoPlanner';

const Url = urlSync({ parse: parsePlanQuery, serialize: planQueryString });

/** Island of /tools/cryo-planner/: the planner with its plan in the URL (the lesson embed does not load this). */
export default function CryoPlannerTool(props: Omit<ComponentProps<typeof CryoPlanner>, 'url'>) {
  return <CryoPlanner {...props} url={Url} />;
}
