// The question asked, on the teacher's page: how many answered ("<n> answers") and how the answers
// spread over the options, as bars with counts (never colour alone); then "Reveal answer".
import type { ClassQuestion, ClassReveal, Tally } from '../../session/protocol';

interface Props {
  question: ClassQuestion;
  tally: Tally | null;
  reveal: ClassReveal | null;
  onReveal(): void;
}

export function ClassTally({ question, tally, reveal, onReveal }: Props) {
  const counts = tally?.questionId === question.id ? tally : null;
  const answers = counts?.answers ?? 0;
  return (
    <section className="class-question" aria-label={`Answers to: ${question.prompt}`}>
      <p className="class-kicker">Asked the class</p>
      <div className="class-head">
        <p className="quiz-prompt">{question.prompt}</p>
        <p className="class-count" role="status">
          {answers} answer{answers === 1 ? '' : 's'}
        </p>
      </div>
      <ul className="class-spread">
        {question.options.map((o) => {
          const n = counts?.counts[o.id] ?? 0;
          const right = reveal?.answerId === o.id;
          return (
            <li key={o.id} className={right ? 'is-answer' : ''}>
              <span className="quiz-letter">{o.id}</span>
              <span className="class-option">
                {o.label}
                {right ? ' (the answer)' : ''}
              </span>
              <span className="class-bar-track" aria-hidden="true">
                <span className="class-bar-fill" style={{ width: `${answers ? (100 * n) / answers : 0}%` }} />
              </span>
              <span className="class-n">
                {n}
                <span className="visually-hidden"> chose {o.id}</span>
              </span>
            </li>
          );
        })}
      </ul>
      {reveal ? (
        <p className="class-feedback">Revealed on every page: {reveal.reason}</p>
      ) : (
        <button type="button" className="primary" onClick={onReveal}>
          Reveal answer
        </button>
      )}
    </section>
  );
}
