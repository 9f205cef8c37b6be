// "Key moments": questions a class asks, each answered with the step that shows it.
import type { KeyMomentView } from '../../lessons/modes/keyMoments';

interface Props {
  moments: KeyMomentView[];
  /** Steps after this one belong to the run as it was before an intervention. */
  forkStep: number | null;
  onShowStep(step: number): void;
}

export function KeyMoments({ moments, forkStep, onShowStep }: Props) {
  if (moments.length === 0) return <p className="mode-empty">This run has no notable moments yet.</p>;
  return (
    <ol className="moments">
      {moments.map((m) => (
        <li key={m.question} className="moment">
          <h3>{m.question}</h3>
          <p>{m.answer}</p>
          {m.step === null ? (
            <p className="panel-sub">This does not happen in this run.</p>
          ) : forkStep !== null && m.step > forkStep ? (
            <p className="panel-sub">In the lesson's own run this is step {m.step}; your intervention at step {forkStep} changed what happens there.</p>
          ) : (
            <button type="button" onClick={() => onShowStep(m.step as number)}>
              Show step {m.step}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
