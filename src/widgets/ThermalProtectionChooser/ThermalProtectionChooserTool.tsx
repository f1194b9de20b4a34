import type { ComponentProps } from 'react';
import { protectionQuery } from '../../core/lesson-tools/thermal-protection/protection-query';
import { urlSync } from '../shared/UrlSync';
import ThermalProtectionChooser from './ThermalProtectionChooser';

const Url = urlSync(protectionQuery);

/** Island of its tool page: the same widget with its state in the URL (the lesson embed does not load this). */
export default function ThermalProtectionChooserTool(props: Omit<ComponentProps<typeof ThermalProtectionChooser>, 'url'>) {
  return <ThermalProtectionChooser {...props} url={Url} />;
}
