import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import { formatPoints } from '../../core/cases/quiz-plan';
import { useProgress } from '../shared/useProgress';

interface Props {
  lang: Locale;
  caseId: string;
  /** Questions in the case quiz: scores are out of this. */
  total: number;
}

/** "Last score: 2 out of 3 (best: 3)" from the progress store; nothing before hydration or before a first attempt. */
export default function LastScore({ lang, caseId, total }: Props) {
  const t = getT(lang);
  const record = useProgress().state?.caseQuizzes[caseId];
  if (!record) return null;
  return (
    <p className="case-last-score" data-testid="case-last-score" data-last={record.last} data-best={record.best}>
      {t('cases.lastScore', { last: formatPoints(record.last, lang), best: formatPoints(record.best, lang), total })}
    </p>
  );
}
