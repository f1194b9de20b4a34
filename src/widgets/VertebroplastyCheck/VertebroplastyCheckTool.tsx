import type { ComponentProps } from 'react';
import { candidateQuery } from '../../core/lesson-tools/vertebroplasty/candidate-query';
import { urlSync } from '../shared/UrlSync';
import VertebroplastyCheck from './VertebroplastyCheck';

const Url = urlSync(candidateQuery);

/** Island of its tool page: the same check with the ticked criteria in the URL (the lesson embed does not load this). */
export default function VertebroplastyCheckTool(props: Omit<ComponentProps<typeof VertebroplastyCheck>, 'url'>) {
  return <VertebroplastyCheck {...props} url={Url} />;
}
