// One myth buster: the student answers yes or no, then reveals what this run shows, with the step
// that proves it.
import { useState } from 'react';
import type { MythBuster } from '../../lessons/deepDive';

interface Props {
  myth: MythBuster;
  index: number;
  step: number | null;
  onShowStep(step: number): void;
}

export function MythBusterView({ myth, index, step, onShowStep }: Props) {
  const [chosen, setChosen] = useState<boolean | null>(null);
  const [revealed, setRevealed] = useState(false);
  const promptId = `myth-${index}-prompt`;
  const right = chosen === myth.truth;
  return (
    <li className="myth">
      <div role="radiogroup" aria-labelledby={promptId}>
        <p id={promptId} className="quiz-prompt">
          {myth.claim}
        </p>
        {[true, false].map((answer) => (
          <label key={String(answer)} className={chosen === answer ? 'quiz-option is-chosen' : 'quiz-option'}>
            <input type="radio" name={promptId} checked={chosen === answer} onChange={() => setChosen(answer)} />
            {answer ? 'Yes' : 'No'}
          </label>
        ))}
      </div>
      <div className="quiz-tools">
        {!revealed && (
          <button type="button" disabled={chosen === null} onClick={() => setRevealed(true)}>
            Reveal the reality
          </button>
        )}
        {revealed && step !== null && (
          <button type="button" onClick={() => onShowStep(step)}>
            Show step {step}
          </button>
        )}
      </div>
      <p className={`quiz-feedback is-${revealed ? (right ? 'correct' : 'wrong') : 'none'}`} role="status">
        {revealed ? `${right ? 'Right' : 'Not quite'} — ${myth.reality}` : ''}
      </p>
    </li>
  );
}
