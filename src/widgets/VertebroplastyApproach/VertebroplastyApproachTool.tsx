import type { ComponentProps } from 'react';
import { approachQuery } from '../../core/lesson-tools/vertebroplasty/approach-query';
import { urlSync } from '../shared/UrlSync';
import VertebroplastyApproach from './VertebroplastyApproach';

const Url = urlSync(approachQuery);

/** Island of its tool page: the same widget with its state in the URL (the lesson embed does not load this). */
export default function VertebroplastyApproachTool(props: Omit<ComponentProps<typeof VertebroplastyApproach>, 'url'>) {
  return <VertebroplastyApproach {...props} url={Url} />;
}
