import type { ComponentProps } from 'react';
import { checkerQuery } from '../../core/lesson-tools/checker/checker-query';
import { readiness } from '../../core/lesson-tools/checkers/m03-readiness';
import { urlSync } from '../shared/UrlSync';
import ReadinessCheck from './ReadinessCheck';

const Url = urlSync(checkerQuery(readiness));

/** Island of its tool page: the same check with its answers in the URL (the lesson embed does not load this). */
export default function ReadinessCheckTool(props: Omit<ComponentProps<typeof ReadinessCheck>, 'url'>) {
  return <ReadinessCheck {...props} url={Url} />;
}
