import type { ComponentProps } from 'react';
import { ablationQuery } from '../../core/lesson-tools/ablation-choice/ablation-query';
import { urlSync } from '../shared/UrlSync';
import AblationChooser from './AblationChooser';

const Url = urlSync(ablationQuery);

/** Island of its tool page: the same widget with its state in the URL (the lesson embed does not load this). */
export default function AblationChooserTool(props: Omit<ComponentProps<typeof AblationChooser>, 'url'>) {
  return <AblationChooser {...props} url={Url} />;
}
