import type { ComponentProps } from 'react';
import { evidenceQuery } from '../../core/lesson-tools/evidence/evidence-query';
import { urlSync } from '../shared/UrlSync';
import EvidenceTable from './EvidenceTable';

const Url = urlSync(evidenceQuery);

/** Island of its tool page: the same widget with its state in the URL (the lesson embed does not load this). */
export default function EvidenceTableTool(props: Omit<ComponentProps<typeof EvidenceTable>, 'url'>) {
  return <EvidenceTable {...props} url={Url} />;
}
