import { useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import type { QuizMode } from '../../core/quiz/session';
import { secondsPerExamQuestion, type QuizModule } from './quiz-config';

export interface SetupChoice {
  modules: string[];
  count: number;
  mode: QuizMode;
}

interface Props {
  lang: Locale;
  idPrefix: string;
  modules: QuizModule[];
  onStart: (choice: SetupChoice) => void;
  /** False while the bank loads (or failed): the choices stay usable, starting waits. */
  ready?: boolean;
}

const countChoices = [5, 10, 20, 40];

/** Which modules, how many questions, practice or exam. */
export function QuizSetup({ lang, idPrefix, modules, onStart, ready = true }: Props) {
  const t = getT(lang);
  const [selected, setSelected] = useState<Set<string>>(() => new Set(modules.map((m) => m.module)));
  const [count, setCount] = useState(10);
  const [mode, setMode] = useState<QuizMode>('practice');

  const available = modules.filter((m) => selected.has(m.module)).reduce((sum, m) => sum + m.count, 0);
  const choices = [...countChoices.filter((n) => n < available), available].filter((n) => n > 0);
  const effective = Math.min(count, available);
  const allChecked = selected.size === modules.length;

  const toggle = (module: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(module)) next.delete(module);
      else next.add(module);
      return next;
    });

  return (
    <form
      className="quiz-setup"
      data-testid="quiz-setup"
      onSubmit={(e) => {
        e.preventDefault();
        if (effective > 0) onStart({ modules: modules.filter((m) => selected.has(m.module)).map((m) => m.module), count: effective, mode });
      }}
    >
      <fieldset className="quiz-setup__modules">
        <legend>{t('quiz.modulesLegend')}</legend>
        <label className="quiz-setup__all">
          <input
            type="checkbox"
            checked={allChecked}
            ref={(el) => {
              if (el) el.indeterminate = !allChecked && selected.size > 0;
            }}
            onChange={() => setSelected(allChecked ? new Set() : new Set(modules.map((m) => m.module)))}
            data-testid="modules-all"
          />
          {t('quiz.allModules')}
        </label>
        <ul>
          {modules.map((m) => (
            <li key={m.module}>
              <label>
                <input type="checkbox" checked={selected.has(m.module)} onChange={() => toggle(m.module)} data-module={m.module} />
                <span>
                  {m.module} · {m.title} <span className="meta">({t('quiz.questionCount', { count: m.count })})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <div className="quiz-setup__row">
        <label htmlFor={`${idPrefix}-count`}>{t('quiz.countLabel')}</label>
        <select
          id={`${idPrefix}-count`}
          value={effective}
          disabled={available === 0}
          onChange={(e) => setCount(Number(e.target.value))}
          data-testid="question-count"
        >
          {choices.map((n) => (
            <option key={n} value={n}>
              {n === available && n > 0 ? t('quiz.countAll', { count: n }) : n}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="quiz-setup__mode">
        <legend>{t('quiz.modeLegend')}</legend>
        <label>
          <input type="radio" name={`${idPrefix}-mode`} value="practice" checked={mode === 'practice'} onChange={() => setMode('practice')} />
          <span>
            <strong>{t('quiz.modePractice')}</strong> <span className="meta">{t('quiz.modePracticeHelp')}</span>
          </span>
        </label>
        <label>
          <input type="radio" name={`${idPrefix}-mode`} value="exam" checked={mode === 'exam'} onChange={() => setMode('exam')} />
          <span>
            <strong>{t('quiz.modeExam')}</strong>{' '}
            <span className="meta">{t('quiz.modeExamHelp', { minutes: Math.ceil((Math.max(effective, 1) * secondsPerExamQuestion) / 60) })}</span>
          </span>
        </label>
      </fieldset>

      {available === 0 && <p className="quiz-q__error" role="alert">{t('quiz.noModules')}</p>}
      <button type="submit" className="primary" disabled={available === 0 || !ready} data-testid="start-quiz">
        {t('quiz.start')}
      </button>
    </form>
  );
}
