import type { ComponentProps } from 'react';
import { checkerQuery } from '../../core/lesson-tools/checker/checker-query';
import { ablationIndications } from '../../core/lesson-tools/checkers/m05-ablation-indications';
import { urlSync } from '../shared/UrlSync';
import AblationIndicationsCheck from './AblationIndicationsCheck';

const Url = urlSync(checkerQuery(ablationIndications));

/** Island of its tool page: the same check with its answers in the URL (the lesson embed does not load this). */
export default function AblationIndicationsCheckTool(props: Omit<ComponentProps<typeof AblationIndicationsCheck>, 'url'>) {
  return <AblationIndicationsCheck {...props} url={Url} />;
}
