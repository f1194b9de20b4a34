import { useEffect, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import type { CaseQuizRecord } from '../../core/progress/schema';
import { formatPoints } from '../../core/cases/quiz-plan';
import { browserCaseStore } from './progress-store';

interface Props {
  /** This island's UI strings in `lang`, resolved by its Astro wrapper (core/i18n/island-keys.ts). */
  strings?: UiStrings;
  lang: Locale;
  caseId: string;
  /** Questions in the case quiz: scores are out of this. */
  total: number;
}

/** "Last score: 2 out of 3 (best: 3)" from the progress store; nothing before hydration or before a first attempt. */
export default function LastScore({ lang, caseId, total, strings }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const [record, setRecord] = useState<CaseQuizRecord | null>(null);
  useEffect(() => {
    let live = true;
    void browserCaseStore.read(caseId).then((r) => live && setRecord(r));
    return () => {
      live = false;
    };
  }, [caseId]);
  if (!record) return null;
  return (
    <p className="case-last-score" data-testid="case-last-score" data-last={record.last} data-best={record.best}>
      {t('cases.lastScore', { last: formatPoints(record.last, lang), best: formatPoints(record.best, lang), total })}
    </p>
  );
}
