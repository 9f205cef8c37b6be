// Broken guarantees the engine's checker found (lost writes, duplicates …), each linking to its step.
import type { AnomalyView } from '../../engine/view.types';
import { ackOf } from '../../story/anomalyLinks';

interface Props {
  anomalies: AnomalyView[];
  onShowStep(step: number): void;
  /** "Show the ack": the step at which a lost or duplicated record was acknowledged. */
  onShowAck?(anomaly: AnomalyView): void;
}

function AckButton({ anomaly, onShowAck }: { anomaly: AnomalyView; onShowAck(a: AnomalyView): void }) {
  const link = ackOf(anomaly);
  if (!link) return null;
  return (
    <>
      {' '}
      <button type="button" onClick={() => onShowAck(anomaly)}>
        Show the ack{'step' in link ? ` (step ${link.step})` : ''}
      </button>
    </>
  );
}

export function AnomalyBanner({ anomalies, onShowStep, onShowAck }: Props) {
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
              Show the cause (step {a.step})
            </button>
            {onShowAck && <AckButton anomaly={a} onShowAck={onShowAck} />}
          </li>
        ))}
      </ul>
      {anomalies.length > 3 && <p>and {anomalies.length - 3} more.</p>}
    </section>
  );
}
