import type { ComponentProps } from 'react';
import { checkerQuery } from '../../core/lesson-tools/checker/checker-query';
import { coblationCandidate } from '../../core/lesson-tools/checkers/m10-coblation';
import { urlSync } from '../shared/UrlSync';
import CoblationCheck from './CoblationCheck';

const Url = urlSync(checkerQuery(coblationCandidate));

/** Island of its tool page: the same check with its answers in the URL (the lesson embed does not load this). */
export default function CoblationCheckTool(props: Omit<ComponentProps<typeof CoblationCheck>, 'url'>) {
  return <CoblationCheck {...props} url={Url} />;
}
