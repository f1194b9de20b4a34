import type { ComponentProps } from 'react';
import { checkerQuery } from '../../core/lesson-tools/checker/checker-query';
import { mrgfusEligibility } from '../../core/lesson-tools/checkers/m12-mrgfus';
import { urlSync } from '../shared/UrlSync';
import MrgfusCheck from './MrgfusCheck';

const Url = urlSync(checkerQuery(mrgfusEligibility));

/** Island of its tool page: the same check with its answers in the URL (the lesson embed does not load this). */
export default function MrgfusCheckTool(props: Omit<ComponentProps<typeof MrgfusCheck>, 'url'>) {
  return <MrgfusCheck {...props} url={Url} />;
}
