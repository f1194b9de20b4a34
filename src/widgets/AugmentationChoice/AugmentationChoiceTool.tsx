import type { ComponentProps } from 'react';
import { checkerQuery } from '../../core/lesson-tools/checker/checker-query';
import { augmentationChoice } from '../../core/lesson-tools/checkers/m07-augmentation-choice';
import { urlSync } from '../shared/UrlSync';
import AugmentationChoice from './AugmentationChoice';

const Url = urlSync(checkerQuery(augmentationChoice));

/** Island of its tool page: the same check with its answers in the URL (the lesson embed does not load this). */
export default function AugmentationChoiceTool(props: Omit<ComponentProps<typeof AugmentationChoice>, 'url'>) {
  return <AugmentationChoice {...props} url={Url} />;
}
