import type { ComponentProps, ReactNode } from 'react';
import { OnDemandTool } from '../shared/OnDemandTool';
// The tool's styles come with the page (a stylesheet only the lazy chunk imports is not emitted).
import '../shared/widget.css';
import '../shared/compact.css';
import '../shared/sins-calculator.css';
import '../shared/escc-picker.css';
import './noms-calculator.css';
import type NomsCalculator from './NomsCalculator';

type Props = ComponentProps<typeof NomsCalculator> & { openLabel: string; failedLabel: string };

/** The NomsCalculator in a lesson: a button that loads the tool (chunk 'NomsCalculator', on demand in scripts/bench.mjs). */
export default function NomsCalculatorOnDemand({ openLabel, failedLabel, children, ...props }: Props & { children?: ReactNode }) {
  return <OnDemandTool label={openLabel} failedLabel={failedLabel} load={() => import('./NomsCalculator')} props={props}>{children}</OnDemandTool>;
}
