import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import { importErrorMessage } from '../../core/progress/import-messages';
import { describeRecords, type SaveOutcome } from '../../core/progress/report';
import { exportEvents } from '../../core/progress/transfer';
import { readImport } from '../../core/progress/import-file';
import { dueCards } from '../../core/quiz/review';
import { endOfDay, formatDate, formatNumber, formatPercent } from '../SelfAssessment/format';
import { StorageNotice } from '../shared/StorageNotice';
import { useProgress } from '../shared/useProgress';
import { appendEvents, openProgressDb, readLog } from '../shared/progressDb';
import { backUp, backupText, listBackups, BACKUPS_KEPT, type BackupInfo } from '../shared/progressBackups';
import { restoreBackup } from '../shared/progressRestore';
import '../shared/widget.css';
import '../SelfAssessment/self-assessment.css';

interface Props {
  /** This island's UI strings in `lang`, resolved by its Astro wrapper (core/i18n/island-keys.ts). */
  strings?: UiStrings;
  lang: Locale;
  lessons: { slug: string; module: string; title: string }[];
  cases: { id: string; title: string; quizLength: number }[];
  /** Ids of the questions in the bank: cards of questions removed since are not counted as due. */
  questionIds: string[];
}

type Message = { kind: 'ok' | 'error'; text: string; list?: string[] } | null;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function saveFile(name: string, text: string) {
  const blob = new Blob([text], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Lessons read, quiz history, case-quiz bests, review cards; export to a file and import one back. */
export default function ProgressDashboard({ lang, lessons, cases, questionIds, strings }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const idPrefix = `progress${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const { state, report, readOnly } = useProgress();
  const [message, setMessage] = useState<Message>(null);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const refreshBackups = useCallback(async () => setBackups(await listBackups(await openProgressDb())), []);
  // The list follows the store: another tab's import or restore also adds backups.
  useEffect(() => {
    if (state) void refreshBackups();
  }, [state, refreshBackups]);

  const notSaved = (outcome: SaveOutcome) => (outcome.kind === 'not-saved' ? t('progress.notSaved', { reason: t(`progress.reason.${outcome.reason}`) }) : '');

  if (!state) {
    return (
      <div className="quiz" data-widget="progress">
        <p>{t('progress.loading')}</p>
      </div>
    );
  }

  const known = new Set(questionIds);
  const readCount = lessons.filter((l) => state.lessonsRead[l.slug]).length;
  const history = [...state.quizResults].reverse();
  const caseTitles = new Map(cases.map((c) => [c.id, c]));
  const caseRows = Object.entries(state.caseQuizzes).sort(([a], [b]) => (caseTitles.get(a)?.title ?? a).localeCompare(caseTitles.get(b)?.title ?? b, lang));
  const cardIds = Object.keys(state.reviewCards).filter((id) => known.has(id));
  const due = dueCards(state.reviewCards, endOfDay(Date.now())).filter((id) => known.has(id)).length;

  // Export reads storage at the moment of the click, not this page's memory (another tab may have written since).
  const download = async () => {
    const now = Date.now();
    const opened = await openProgressDb();
    if (opened.kind !== 'ok') return setMessage({ kind: 'error', text: t('progress.exportNotRead') });
    try {
      const log = await readLog(opened.db, now);
      saveFile(`percutanea-progress-${isoDay(now)}.json`, exportEvents(log.events, now));
      setMessage({ kind: 'ok', text: t('progress.exported') });
    } catch {
      setMessage({ kind: 'error', text: t('progress.exportNotRead') });
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ kind: 'error', text: t('progress.importUnreadable') });
      return;
    }
    const now = Date.now();
    const read = readImport(text, now);
    if (read.kind === 'error') {
      const refused = importErrorMessage(read.error);
      setMessage({ kind: 'error', text: t(`progress.importError.${refused.code}`, refused.vars) });
    } else {
      const opened = await openProgressDb();
      const existing = opened.kind === 'ok' ? new Set((await readLog(opened.db, now)).events.map((e) => e.id)) : new Set<string>();
      const added = read.events.filter((e) => !existing.has(e.id));
      // A backup first: an import that turns out wrong can be undone with the restore button.
      const first = added.length > 0 ? await backUp(opened, 'before-import', now) : ({ kind: 'saved' } as const);
      const outcome = first.kind === 'saved' ? await appendEvents(opened, added) : first;
      const skipped = [...describeRecords(read.skipped)];
      const inFile = { lessons: read.events.filter((e) => e.type === 'lesson' && e.read).length, quizzes: read.events.filter((e) => e.type === 'quiz').length, cards: new Set(read.events.flatMap((e) => (e.type === 'review' ? [e.questionId] : []))).size };
      setMessage(
        outcome.kind === 'saved'
          ? { kind: skipped.length > 0 ? 'error' : 'ok', text: t('progress.imported', { added: added.length, skipped: skipped.length, ...inFile }), ...(skipped.length > 0 ? { list: skipped } : {}) }
          : { kind: 'error', text: `${t('progress.importNotSaved')} ${notSaved(outcome)}` },
      );
      void refreshBackups();
    }
    // Let the same file be chosen again after a fix.
    if (fileRef.current) fileRef.current.value = '';
  };

  const restore = async (n: number) => {
    const outcome = await restoreBackup(await openProgressDb(), n);
    setMessage(outcome.kind === 'saved' ? { kind: 'ok', text: t('progress.restored') } : { kind: 'error', text: notSaved(outcome) });
    void refreshBackups();
  };

  const downloadBackup = async (b: BackupInfo) => {
    const text = await backupText(await openProgressDb(), b.n);
    if (text !== null) saveFile(`percutanea-backup-${b.at.slice(0, 10)}-${b.n}.${b.reason === 'legacy' ? 'txt' : 'json'}`, text);
  };

  const modulesText = (modules: string[]) => (modules.length === 0 ? '—' : modules.length === 15 ? t('quiz.allModules') : modules.join(', '));

  return (
    <div className="quiz progress" data-widget="progress" data-hydrated="true">
      <StorageNotice report={report} lang={lang} />

      <section className="progress-section" aria-labelledby={`${idPrefix}-lessons`} data-testid="progress-lessons">
        <h2 id={`${idPrefix}-lessons`}>{t('progress.lessonsTitle')}</h2>
        <p data-testid="lessons-read-count">{t('progress.lessonsCount', { read: readCount, total: lessons.length })}</p>
        <ul>
          {lessons.map((l) => {
            const at = state.lessonsRead[l.slug];
            return (
              <li key={l.slug} data-lesson={l.slug} data-read={at ? 'true' : 'false'}>
                <a href={`/${lang}/lessons/${l.slug}/`}>
                  {l.module} · {l.title}
                </a>{' '}
                <span className="meta">— {at ? t('progress.readOn', { date: formatDate(at, lang) }) : t('progress.notStarted')}</span>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="progress-section" aria-labelledby={`${idPrefix}-quiz`} data-testid="progress-quizzes">
        <h2 id={`${idPrefix}-quiz`}>{t('progress.quizTitle')}</h2>
        {history.length === 0 ? (
          <p>
            {t('progress.noQuiz')} <a href={`/${lang}/quiz/`}>{t('progress.toQuiz')}</a>
          </p>
        ) : (
          <table className="progress-table" data-testid="quiz-history">
            <caption className="visually-hidden">{t('progress.quizTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('progress.date')}</th>
                <th scope="col">{t('progress.mode')}</th>
                <th scope="col">{t('progress.modules')}</th>
                <th scope="col">{t('progress.score')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((r) => (
                <tr key={r.id} data-result={r.id}>
                  <td>{formatDate(r.date, lang, true)}</td>
                  <td>{r.mode === 'exam' ? t('quiz.modeExam') : t('quiz.modePractice')}</td>
                  <td>{modulesText(r.modules)}</td>
                  <td>
                    {formatNumber(r.score, lang)}/{r.total} ({formatPercent(r.total === 0 ? 0 : r.score / r.total, lang)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="progress-section" aria-labelledby={`${idPrefix}-cases`} data-testid="progress-cases">
        <h2 id={`${idPrefix}-cases`}>{t('progress.casesTitle')}</h2>
        {caseRows.length === 0 ? (
          <p>{t('progress.noCases')}</p>
        ) : (
          <table className="progress-table">
            <caption className="visually-hidden">{t('progress.casesTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('progress.case')}</th>
                <th scope="col">{t('progress.best')}</th>
                <th scope="col">{t('progress.last')}</th>
                <th scope="col">{t('progress.date')}</th>
              </tr>
            </thead>
            <tbody>
              {caseRows.map(([id, r]) => {
                const c = caseTitles.get(id);
                const outOf = c && c.quizLength > 0 ? `/${c.quizLength}` : '';
                return (
                  <tr key={id} data-case={id}>
                    <td>{c ? <a href={`/${lang}/cases/${id}/`}>{c.title}</a> : id}</td>
                    <td>{formatNumber(r.best, lang)}{outOf}</td>
                    <td>{formatNumber(r.last, lang)}{outOf}</td>
                    <td>{formatDate(r.date, lang)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      <section className="progress-section" aria-labelledby={`${idPrefix}-review`} data-testid="progress-review">
        <h2 id={`${idPrefix}-review`}>{t('progress.reviewTitle')}</h2>
        <p data-testid="progress-due" data-due={due}>
          {t('progress.reviewLine', { cards: cardIds.length, due })}{' '}
          {due > 0 && <a href={`/${lang}/quiz/review/`}>{t('review.start')}</a>}
        </p>
      </section>

      <section className="progress-section" aria-labelledby={`${idPrefix}-io`}>
        <h2 id={`${idPrefix}-io`}>{t('progress.ioTitle')}</h2>
        <p>{t('progress.ioHelp')}</p>
        <div className="progress-io">
          <button type="button" onClick={() => void download()} data-testid="export-progress">
            {t('progress.export')}
          </button>
          <label htmlFor={`${idPrefix}-file`}>{t('progress.import')}</label>
          <input
            ref={fileRef}
            id={`${idPrefix}-file`}
            type="file"
            accept=".json,application/json"
            disabled={readOnly}
            onChange={(e) => void importFile(e.target.files?.[0])}
            data-testid="import-progress"
          />
        </div>
        <div aria-live="polite">
          {message && (
            <p className={`quiz-notice progress-message--${message.kind}`} role={message.kind === 'error' ? 'alert' : undefined} data-testid="progress-message" data-kind={message.kind}>
              {message.text}
            </p>
          )}
          {message?.list && (
            <div data-testid="import-skipped">
              <p>{t('progress.importSkippedTitle')}</p>
              <ul className="meta">
                {message.list.slice(0, 20).map((line) => (
                  <li key={line}>{line.length > 120 ? `${line.slice(0, 120)}…` : line}</li>
                ))}
                {message.list.length > 20 && <li>{t('progress.moreSkipped', { count: message.list.length - 20 })}</li>}
              </ul>
            </div>
          )}
        </div>
      </section>

      <section className="progress-section" aria-labelledby={`${idPrefix}-backups`} data-testid="progress-backups">
        <h2 id={`${idPrefix}-backups`}>{t('progress.backupsTitle')}</h2>
        <p>{t('progress.backupsHelp', { count: BACKUPS_KEPT })}</p>
        {backups && backups.length === 0 && <p>{t('progress.noBackups')}</p>}
        {backups && backups.length > 0 && (
          <ul className="progress-backups">
            {backups.map((b) => {
              const date = formatDate(b.at, lang, true);
              return (
                <li key={b.n} data-backup={b.n} data-reason={b.reason}>
                  {t('progress.backupLine', { date, reason: t(`progress.backupReason.${b.reason}`), records: b.records })}{' '}
                  {b.reason !== 'legacy' && (
                    <button type="button" onClick={() => void restore(b.n)} disabled={readOnly} aria-label={t('progress.restoreNamed', { date })} data-testid="restore-backup">
                      {t('progress.restore')}
                    </button>
                  )}{' '}
                  <button type="button" onClick={() => void downloadBackup(b)} aria-label={t('progress.downloadBackupNamed', { date })}>
                    {t('progress.downloadBackup')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
