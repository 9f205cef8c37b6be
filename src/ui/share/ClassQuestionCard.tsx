// The question the teacher asked the class, on a student's page: a radiogroup named by the
// question; after "Reveal answer" on the teacher's page, feedback with the answer and the reason.
import type { ClassQuestion, ClassReveal } from '../../session/protocol';

interface Props {
  question: ClassQuestion;
  reveal: ClassReveal | null;
  chosen: string | null;
  onChoose(optionId: string): void;
}

function feedbackOf(question: ClassQuestion, reveal: ClassReveal | null, chosen: string | null): string | null {
  if (!reveal) return chosen ? 'Answer sent. The teacher reveals the answer to everyone.' : null;
  const answer = question.options.find((o) => o.id === reveal.answerId);
  const named = `the answer is ${reveal.answerId}${answer ? `: ${answer.label}` : ''}. ${reveal.reason}`;
  if (chosen === reveal.answerId) return `Correct — ${named}`;
  return chosen ? `Not quite — ${named}` : `The teacher revealed it: ${named}`;
}

export function ClassQuestionCard({ question, reveal, chosen, onChoose }: Props) {
  const promptId = `class-q-${question.id}`;
  const feedback = feedbackOf(question, reveal, chosen);
  return (
    <div className="class-question">
      <p className="class-kicker">Question from the teacher</p>
      <div role="radiogroup" aria-labelledby={promptId}>
        <p id={promptId} className="quiz-prompt">
          {question.prompt}
        </p>
        <div className="class-options">
          {question.options.map((o) => (
            <label key={o.id} className={chosen === o.id ? 'quiz-option is-chosen' : 'quiz-option'}>
              <input type="radio" name={promptId} value={o.id} checked={chosen === o.id} disabled={reveal !== null} onChange={() => onChoose(o.id)} />
              <span className="quiz-letter">{o.id}</span> {o.label}
            </label>
          ))}
        </div>
      </div>
      <p className="class-feedback" role="status">
        {feedback}
      </p>
    </div>
  );
}
