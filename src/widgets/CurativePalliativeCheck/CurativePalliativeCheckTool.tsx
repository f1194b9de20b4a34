import type { ComponentProps } from 'react';
import { checkerQuery } from '../../core/lesson-tools/checker/checker-query';
import { curativePalliative } from '../../core/lesson-tools/checkers/m02-curative-palliative';
import { urlSync } from '../shared/UrlSync';
import CurativePalliativeCheck from './CurativePalliativeCheck';

const Url = urlSync(checkerQuery(curativePalliative));

/** Island of its tool page: the same check with its answers in the URL (the lesson embed does not load this). */
export default function CurativePalliativeCheckTool(props: Omit<ComponentProps<typeof CurativePalliativeCheck>, 'url'>) {
  return <CurativePalliativeCheck {...props} url={Url} />;
}
