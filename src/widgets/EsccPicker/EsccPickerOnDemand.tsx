import type { ComponentProps, ReactNode } from 'react';
import { OnDemandTool } from '../shared/OnDemandTool';
// The tool's styles come with the page (a stylesheet only the lazy chunk imports is not emitted).
import '../shared/widget.css';
import '../shared/compact.css';
import '../shared/escc-picker.css';
import type EsccPicker from './EsccPicker';

type Props = ComponentProps<typeof EsccPicker> & { openLabel: string; failedLabel: string };

/** The EsccPicker in a lesson: a button that loads the tool (chunk 'EsccPicker', on demand in scripts/bench.mjs). */
export default function EsccPickerOnDemand({ openLabel, failedLabel, children, ...props }: Props & { children?: ReactNode }) {
  return <OnDemandTool label={openLabel} failedLabel={failedLabel} load={() => import('./EsccPicker')} props={props}>{children}</OnDemandTool>;
}
