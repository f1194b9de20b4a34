import type { ComponentProps, ReactNode } from 'react';
import { OnDemandTool } from '../shared/OnDemandTool';
// The tool's styles come with the page (a stylesheet only the lazy chunk imports is not emitted).
import '../shared/widget.css';
import '../shared/compact.css';
import './tokuhashi-calculator.css';
import type TokuhashiCalculator from './TokuhashiCalculator';

type Props = ComponentProps<typeof TokuhashiCalculator> & { openLabel: string; failedLabel: string };

/** The TokuhashiCalculator in a lesson: a button that loads the tool (chunk 'TokuhashiCalculator', on demand in scripts/bench.mjs). */
export default function TokuhashiCalculatorOnDemand({ openLabel, failedLabel, children, ...props }: Props & { children?: ReactNode }) {
  return <OnDemandTool label={openLabel} failedLabel={failedLabel} load={() => import('./TokuhashiCalculator')} props={props}>{children}</OnDemandTool>;
}
