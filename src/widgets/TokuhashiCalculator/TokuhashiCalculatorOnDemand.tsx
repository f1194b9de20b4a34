import type { ComponentProps, ReactNode } from 'react';
import { OnDemandTool } from '../shared/OnDemandTool';
import type TokuhashiCalculator from './TokuhashiCalculator';

type Props = ComponentProps<typeof TokuhashiCalculator> & { openLabel: string; failedLabel: string };

/** The TokuhashiCalculator in a lesson: a button that loads the tool (chunk 'TokuhashiCalculator', on demand in scripts/bench.mjs). */
export default function TokuhashiCalculatorOnDemand({ openLabel, failedLabel, children, ...props }: Props & { children?: ReactNode }) {
  return <OnDemandTool label={openLabel} failedLabel={failedLabel} load={() => import('./TokuhashiCalculator')} props={props}>{children}</OnDemandTool>;
}
