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

function AnomalyItem({ a, onShowStep, onShowAck }: { a: AnomalyView } & Omit<Props, 'anomalies'>) {
  return (
    <li>
      <span className="anomaly-kind">{a.kind}</span> {a.detail}{' '}
      <button type="button" onClick={() => onShowStep(a.step)}>
        Show the cause (step {a.step})
      </button>
      {onShowAck && <AckButton anomaly={a} onShowAck={onShowAck} />}
    </li>
  );
}

const keyOf = (a: AnomalyView) => `${a.kind}-${a.step}-${a.detail}`;

/** The first anomaly in full; the others fold away, so the notice stays small on a projector. */
export function AnomalyBanner({ anomalies, onShowStep, onShowAck }: Props) {
  if (anomalies.length === 0) return null;
  const [first, ...rest] = anomalies;
  return (
    <section className="notice anomaly-banner" aria-label="Anomalies">
      <strong>
        <span aria-hidden="true">⚠ </span>
        {anomalies.length === 1 ? 'A guarantee was broken' : `${anomalies.length} guarantees were broken`}
      </strong>{' '}
      <span className="anomaly-kinds">({[...new Set(anomalies.map((a) => a.kind))].join(', ')})</span>
      <ul>
        <AnomalyItem a={first} onShowStep={onShowStep} onShowAck={onShowAck} />
      </ul>
      {rest.length > 0 && (
        <details className="anomaly-more">
          <summary>{rest.length === 1 ? '1 more' : `${rest.length} more`}</summary>
          <ul>
            {rest.slice(0, 3).map((a) => (
              <AnomalyItem key={keyOf(a)} a={a} onShowStep={onShowStep} onShowAck={onShowAck} />
            ))}
          </ul>
          {rest.length > 3 && <p>and {rest.length - 3} more.</p>}
        </details>
      )}
    </section>
  );
}
