// Broken guarantees the engine's checker found (lost writes, duplicates …), as a one-line strip
// above the diagram: how many, the first one's kind and detail (cut to the line), a button to its
// step, and "Details" that opens the full list over the diagram, each with a button to its step.
// A strip, so the diagram keeps its size when the climax of a lesson raises the alarm.
import { useRef } from 'react';
import type { AnomalyView } from '../../engine/view.types';
import { useAutoCloseDetails } from '../useAutoCloseDetails';

interface Props {
  anomalies: AnomalyView[];
  onShowStep(step: number): void;
}

export function AnomalyBanner({ anomalies, onShowStep }: Props) {
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
      <button type="button" onClick={() => onShowStep(first.step)}>
        Show anomaly at step {first.step}
      </button>
      <details className="notice-more" ref={details}>
        <summary>Details</summary>
        <div className="notice-popover">
          <ul>
            {anomalies.map((a) => (
              <li key={`${a.kind}-${a.step}-${a.detail}`}>
                <span className="anomaly-kind">{a.kind}</span> {a.detail}{' '}
                <button type="button" onClick={() => onShowStep(a.step)}>
                  Show anomaly at step {a.step}
                </button>
              </li>
            ))}
          </ul>
        </div>
      </details>
    </section>
  );
}
