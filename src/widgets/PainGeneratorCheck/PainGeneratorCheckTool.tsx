import type { ComponentProps } from 'react';
import { checkerQuery } from '../../core/lesson-tools/checker/checker-query';
import { painGenerator } from '../../core/lesson-tools/checkers/m01-pain-generator';
import { urlSync } from '../shared/UrlSync';
import PainGeneratorCheck from './PainGeneratorCheck';

const Url = urlSync(checkerQuery(painGenerator));

/** Island of its tool page: the same check with its answers in the URL (the lesson embed does not load this). */
export default function PainGeneratorCheckTool(props: Omit<ComponentProps<typeof PainGeneratorCheck>, 'url'>) {
  return <PainGeneratorCheck {...props} url={Url} />;
}
