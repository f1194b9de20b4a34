import type { ComponentProps } from 'react';
import { embolizationQuery } from '../../core/lesson-tools/embolization/embolization-query';
import { urlSync } from '../shared/UrlSync';
import EmbolizationPlanner from './EmbolizationPlanner';

const Url = urlSync(embolizationQuery);

/** Island of its tool page: the same widget with its state in the URL (the lesson embed does not load this). */
export default function EmbolizationPlannerTool(props: Omit<ComponentProps<typeof EmbolizationPlanner>, 'url'>) {
  return <EmbolizationPlanner {...props} url={Url} />;
}
