// One quiz question: a radiogroup named by its question; the feedback says "Correct" or "Not
// quite" with the reason, unless it is held back (presenter view, or predict-then-reveal).
import type { QuizQuestion } from '../../lessons/modes/quiz/types';
import { AskTheClass } from '../share/AskTheClass';

export interface QuizFeedback {
  kind: 'correct' | 'wrong' | 'answer' | 'held';
  text: string;
}

export interface PredictState {
  step: number;
  /** idle: not predicting; waiting: stopped before the decisive step; played: it has played. */
  state: 'idle' | 'waiting' | 'played';
}

interface Props {
  question: QuizQuestion;
  chosen: string | null;
  feedback: QuizFeedback | null;
  predict: PredictState | null;
  canReveal: boolean;
  staleNote: string | null;
  onChoose(optionId: string): void;
  onPredict(): void;
  onPlayStep(): void;
  onReveal(): void;
}

const FEEDBACK_MARK = { correct: '✓ ', wrong: '✗ ', answer: '→ ', held: '' } as const;

export function QuizQuestionView({ question: q, chosen, feedback, predict, canReveal, staleNote, onChoose, onPredict, onPlayStep, onReveal }: Props) {
  const promptId = `quiz-${q.id}-prompt`;
  return (
    <li className="quiz-question">
      <div role="radiogroup" aria-labelledby={promptId}>
        <p id={promptId} className="quiz-prompt">
          {q.prompt}
        </p>
        {q.options.map((o) => (
          <label key={o.id} className={chosen === o.id ? 'quiz-option is-chosen' : 'quiz-option'}>
            <input type="radio" name={`quiz-${q.id}`} value={o.id} checked={chosen === o.id} onChange={() => onChoose(o.id)} />
            <span className="quiz-letter">{o.id}</span> {o.label}
          </label>
        ))}
      </div>
      {staleNote && <p className="panel-sub">{staleNote}</p>}
      <div className="quiz-tools">
        {predict?.state === 'idle' && (
          <button type="button" onClick={onPredict}>
            Predict: stop before step {predict.step}
          </button>
        )}
        {predict?.state === 'waiting' && (
          <button type="button" className="primary" onClick={onPlayStep}>
            Play step {predict.step}
          </button>
        )}
        {canReveal && (
          <button type="button" onClick={onReveal}>
            Reveal answer
          </button>
        )}
        <AskTheClass question={q} />
        <details className="quiz-hint">
          <summary>Hint</summary>
          <p>{q.hint}</p>
        </details>
      </div>
      <p className={`quiz-feedback is-${feedback?.kind ?? 'none'}`} role="status">
        {feedback && (
          <>
            <span aria-hidden="true">{FEEDBACK_MARK[feedback.kind]}</span>
            {feedback.text}
          </>
        )}
      </p>
    </li>
  );
}
