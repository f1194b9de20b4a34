import type { ComponentProps } from 'react';
import { rtResponseQuery } from '../../core/lesson-tools/rt-response/rt-response-query';
import { urlSync } from '../shared/UrlSync';
import RtResponseChart from './RtResponseChart';

const Url = urlSync(rtResponseQuery);

/** Island of its tool page: the same widget with its state in the URL (the lesson embed does not load this). */
export default function RtResponseChartTool(props: Omit<ComponentProps<typeof RtResponseChart>, 'url'>) {
  return <RtResponseChart {...props} url={Url} />;
}
