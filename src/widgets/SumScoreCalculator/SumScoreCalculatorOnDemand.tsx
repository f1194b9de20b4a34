import type { ReactNode } from 'react';
import { OnDemandTool } from '../shared/OnDemandTool';
// The tool's styles come with the page (a stylesheet only the lazy chunk imports is not emitted).
import '../shared/widget.css';
import '../shared/compact.css';
import './sum-score-calculator.css';
import type { SumScoreCalculatorProps } from './SumScoreCalculator';

type Props = SumScoreCalculatorProps & { openLabel: string; failedLabel: string };

/** Any sum score in a lesson: a button that loads the tool (chunk 'SumScoreCalculator', on demand in scripts/bench.mjs). */
export default function SumScoreCalculatorOnDemand({ openLabel, failedLabel, children, ...props }: Props & { children?: ReactNode }) {
  return <OnDemandTool label={openLabel} failedLabel={failedLabel} load={() => import('./SumScoreCalculator')} props={props}>{children}</OnDemandTool>;
}
