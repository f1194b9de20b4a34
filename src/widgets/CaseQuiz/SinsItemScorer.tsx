import { lazy, Suspense, useState } from 'react';
import { getT } from '../shared/ui-strings';
import type { SinsItemBodyProps } from './sins-items';

// The items and their wording load on the first opening of the panel (a click), not with the quiz.
const SinsItemBody = lazy(() => import('./sins-items').then((m) => ({ default: m.SinsItemBody })));
/** The same chunk, for the comparison after an answer that used the items (so it is already loaded). */
export const SinsItemDifferences = lazy(() => import('./sins-items').then((m) => ({ default: m.SinsItemDifferences })));

/** The SINS calculator's own inputs inside a quiz question, with a running total the learner can copy. */
export function SinsItemScorer(props: SinsItemBodyProps) {
  const t = getT(props.lang);
  const [opened, setOpened] = useState(false);
  return (
    <details className="case-quiz__sins" data-testid="sins-item-scorer" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{t('casequiz.sins.itemByItem')}</summary>
      <p className="meta">{t('casequiz.sins.help')}</p>
      {opened && (
        <Suspense fallback={<p className="meta" role="status">{t('casequiz.sins.loading')}</p>}>
          <SinsItemBody {...props} />
        </Suspense>
      )}
    </details>
  );
}
