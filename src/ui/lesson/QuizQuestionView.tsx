// One quiz question: a radiogroup named by its question. The student commits to an answer, then
// "Play to the answer" moves the timeline to the deciding step and reveals it: the feedback says
// "Correct" or "Not quite", names the answer, and says why each option is right or wrong.
import type { QuizQuestion } from '../../lessons/modes/quiz/types';
import { AskTheClass } from '../share/AskTheClass';
import type { QuizQuestionState } from './quizView';
import './quiz.css';

interface Props {
  question: QuizQuestion;
  chosen: string | null;
  state: QuizQuestionState;
  /** How many draws the question has: "Try another" shows when there is another. */
  draws: number;
  onChoose(optionId: string): void;
  onPlayToAnswer(): void;
  onShowStep(step: number): void;
  onReveal(): void;
  onTryAnother(): void;
}

const FEEDBACK_MARK = { correct: '✓ ', wrong: '✗ ', answer: '→ ', held: '' } as const;

export function QuizQuestionView({ question: q, chosen, state, draws, onChoose, onPlayToAnswer, onShowStep, onReveal, onTryAnother }: Props) {
  const promptId = `quiz-${q.id}-prompt`;
  const { feedback, verdicts } = state;
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
      {state.staleNote && <p className="panel-sub">{state.staleNote}</p>}
      <div className="quiz-tools">
        {!verdicts && (
          <button type="button" className="primary" disabled={!state.canPlay} onClick={onPlayToAnswer}>
            Play to the answer
          </button>
        )}
        {state.canReveal && (
          <button type="button" onClick={onReveal}>
            Reveal answer
          </button>
        )}
        {state.showStep !== null && (
          <button type="button" onClick={() => onShowStep(state.showStep as number)}>
            Show step {state.showStep}
          </button>
        )}
        {verdicts && draws > 1 && (
          <button type="button" onClick={onTryAnother}>
            Try another
          </button>
        )}
        <AskTheClass question={q} />
        <details className="quiz-hint">
          <summary>Hint</summary>
          <p>{q.hint}</p>
        </details>
      </div>
      {!chosen && !verdicts && <p className="panel-sub">Choose your answer first: then play to the moment that decides it.</p>}
      <p className={`quiz-feedback is-${feedback?.kind ?? 'none'}`} role="status">
        {feedback && (
          <>
            <span aria-hidden="true">{FEEDBACK_MARK[feedback.kind]}</span>
            {feedback.text}
          </>
        )}
      </p>
      {verdicts && (
        <ul className="quiz-verdicts" aria-label="Why each option is right or wrong">
          {verdicts.map((v) => (
            <li key={v.id} className={v.correct ? 'is-right' : 'is-wrong'}>
              <strong>
                {v.id} {v.correct ? '(right)' : '(wrong)'}:
              </strong>{' '}
              {v.why}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
