// Broken guarantees the engine's checker found (lost writes, duplicates …), as a one-line strip
// above the diagram: how many, the first one's kind and detail (cut to the line), buttons to the
// step that caused it and, for a lost or duplicated record, to its acknowledgement ("Show the
// ack"), and "Details" that opens the full list over the diagram, each with the same buttons.
// A strip, so the diagram keeps its size when the climax of a lesson raises the alarm.
import { useRef } from 'react';
import type { AnomalyView } from '../../engine/view.types';
import { ackOf } from '../../story/anomalyLinks';
import { useAutoCloseDetails } from '../useAutoCloseDetails';

interface Props {
  anomalies: AnomalyView[];
  onShowStep(step: number): void;
  /** "Show the ack": the step at which a lost or duplicated record was acknowledged. */
  onShowAck?(anomaly: AnomalyView): void;
}

function Buttons({ a, onShowStep, onShowAck }: { a: AnomalyView } & Omit<Props, 'anomalies'>) {
  const link = ackOf(a);
  return (
    <>
      <button type="button" onClick={() => onShowStep(a.step)}>
        Show the cause (step {a.step})
      </button>
      {onShowAck && link && (
        <button type="button" onClick={() => onShowAck(a)}>
          Show the ack{'step' in link ? ` (step ${link.step})` : ''}
        </button>
      )}
    </>
  );
}

export function AnomalyBanner({ anomalies, onShowStep, onShowAck }: Props) {
  const details = useRef<HTMLDetailsElement>(null);
  useAutoCloseDetails(details);
  if (anomalies.length === 0) return null;
  const [first] = anomalies;
  const kinds = [...new Set(anomalies.map((a) => a.kind))].join(', ');
  return (
    <section className="notice anomaly-banner" aria-label="Anomalies">
      <strong className="notice-lead">
        <span aria-hidden="true">⚠ </span>
        {anomalies.length === 1 ? 'A guarantee was broken' : `${anomalies.length} guarantees were broken`}
      </strong>
      <span className="notice-text" title={`${first.kind}: ${first.detail}`}>
        <span className="anomaly-kinds">({kinds})</span> <span className="anomaly-kind">{first.kind}</span> {first.detail}
      </span>
      <Buttons a={first} onShowStep={onShowStep} onShowAck={onShowAck} />
      <details className="notice-more" ref={details}>
        <summary>Details</summary>
        <div className="notice-popover">
          <ul>
            {anomalies.map((a) => (
              <li key={`${a.kind}-${a.step}-${a.detail}`}>
                <span className="anomaly-kind">{a.kind}</span> {a.detail} <Buttons a={a} onShowStep={onShowStep} onShowAck={onShowAck} />
              </li>
            ))}
          </ul>
        </div>
      </details>
    </section>
  );
}
