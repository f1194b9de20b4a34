import type { ComponentProps, ReactNode } from 'react';
import { OnDemandTool } from '../shared/OnDemandTool';
import type SinsCalculator from './SinsCalculator';

type Props = ComponentProps<typeof SinsCalculator> & { openLabel: string; failedLabel: string };

/** The SinsCalculator in a lesson: a button that loads the tool (chunk 'SinsCalculator', on demand in scripts/bench.mjs). */
export default function SinsCalculatorOnDemand({ openLabel, failedLabel, children, ...props }: Props & { children?: ReactNode }) {
  return <OnDemandTool label={openLabel} failedLabel={failedLabel} load={() => import('./SinsCalculator')} props={props}>{children}</OnDemandTool>;
}
