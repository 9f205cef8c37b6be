// "Deep dive": the seed's deep-dive page adapted to the lesson — overview, why it matters, mental
// model, a build-up that asks for a prediction, under the hood, myth busters, pitfalls,
// takeaways — with each claim about behaviour tied to the step of this run that shows it.
import type { DeepDive } from '../../lessons/deepDive';
import type { SimEvent } from '../../engine/view.types';
import { resolveEvent } from '../../lessons/modes/resolveEvent';
import { MythBusterView } from './MythBusterView';
import './deepDive.css';

interface Props {
  dive: DeepDive;
  events: readonly SimEvent[];
  onShowStep(step: number): void;
}

export function DeepDiveView({ dive, events, onShowStep }: Props) {
  const stepOf = (e: Parameters<typeof resolveEvent>[1] | undefined) => (e ? resolveEvent(events, e) : null);
  return (
    <div className="deep-dive">
      <h3>Overview</h3>
      <p>{dive.overview}</p>
      <h3>Why it matters</h3>
      <p>{dive.whyItMatters}</p>
      <h3>Mental model</h3>
      <p>
        <strong>Core idea:</strong> {dive.mentalModel.coreIdea}
      </p>
      <p>
        <strong>Think of it like…</strong> {dive.mentalModel.analogy}
      </p>
      <h3>Build-up</h3>
      <ol className="deep-buildup">
        {dive.buildUp.map((b) => {
          const step = stepOf(b.event);
          return (
            <li key={b.question}>
              <p>{b.question}</p>
              <details>
                <summary>Show the answer</summary>
                <p>{b.answer}</p>
                {step !== null && (
                  <button type="button" onClick={() => onShowStep(step)}>
                    Show step {step}
                  </button>
                )}
              </details>
            </li>
          );
        })}
      </ol>
      <h3>Under the hood</h3>
      <p>{dive.underTheHood}</p>
      <h3>Myth busters</h3>
      <p className="panel-sub">Commit to yes or no, then reveal what this run shows.</p>
      <ol className="quiz">
        {dive.myths.map((m, i) => (
          <MythBusterView key={m.claim} myth={m} index={i} step={stepOf(m.event)} onShowStep={onShowStep} />
        ))}
      </ol>
      <h3>Common pitfalls</h3>
      <ul>
        {dive.pitfalls.map((p) => (
          <li key={p.mistake}>
            <strong>{p.mistake}</strong> {p.fix}
          </li>
        ))}
      </ul>
      <h3>Key takeaways</h3>
      <ul>
        {dive.takeaways.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      {dive.whenNotToUse && (
        <>
          <h3>When not to use Kafka</h3>
          <p>{dive.whenNotToUse}</p>
        </>
      )}
    </div>
  );
}
