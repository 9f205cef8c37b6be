// Broken guarantees the engine's checker found (lost writes, duplicates …), each linking to its step.
import type { AnomalyView } from '../../engine/view.types';

interface Props {
  anomalies: AnomalyView[];
  onShowStep(step: number): void;
}

export function AnomalyBanner({ anomalies, onShowStep }: Props) {
  if (anomalies.length === 0) return null;
  return (
    <section className="notice anomaly-banner" aria-label="Anomalies">
      <strong>
        <span aria-hidden="true">⚠ </span>
        {anomalies.length === 1 ? 'A guarantee was broken' : `${anomalies.length} guarantees were broken`}
      </strong>{' '}
      <span className="anomaly-kinds">({[...new Set(anomalies.map((a) => a.kind))].join(', ')})</span>
      <ul>
        {anomalies.slice(0, 3).map((a) => (
          <li key={`${a.kind}-${a.step}-${a.detail}`}>
            <span className="anomaly-kind">{a.kind}</span> {a.detail}{' '}
            <button type="button" onClick={() => onShowStep(a.step)}>
              Show anomaly at step {a.step}
            </button>
          </li>
        ))}
      </ul>
      {anomalies.length > 3 && <p>and {anomalies.length - 3} more.</p>}
    </section>
  );
}
