import type { ComponentProps } from 'react';
import { OnDemandTool } from '../shared/OnDemandTool';
// The tool's styles come with the page (a stylesheet only the lazy chunk imports is not emitted).
import '../shared/widget.css';
import '../shared/compact.css';
import '../shared/sins-calculator.css';
import './sum-score-calculator.css';
import type SinsCalculator from './SinsCalculator';

type Props = ComponentProps<typeof SinsCalculator> & { openLabel: string; failedLabel: string };

/** The SINS calculator in a lesson: a button that loads the tool (chunk 'SinsCalculator', on demand in scripts/bench.mjs). */
export default function SinsCalculatorOnDemand({ openLabel, failedLabel, ...props }: Props) {
  return <OnDemandTool label={openLabel} failedLabel={failedLabel} load={() => import('./SinsCalculator')} props={props} />;
}
