// Start (declared, not yet running), stop gracefully, or crash a consumer.
import { useState } from 'react';
import type { Intervention } from '../../engine/api.types';
import type { ConsumerView } from '../../engine/view.types';

interface Props {
  consumers: Pick<ConsumerView, 'id' | 'status'>[];
  disabled: boolean;
  onAction(action: Intervention): void;
}

export function ConsumerControls({ consumers, disabled, onAction }: Props) {
  const [picked, setPicked] = useState('');
  const c = consumers.find((x) => x.id === picked) ?? consumers[0];
  const running = c?.status === 'running';
  return (
    <fieldset className="mini-form">
      <legend>Consumers</legend>
      <label>
        Consumer{' '}
        <select value={c?.id ?? ''} onChange={(e) => setPicked(e.target.value)}>
          {consumers.map((x) => (
            <option key={x.id} value={x.id}>
              {x.id} ({x.status})
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={disabled || !c || running} onClick={() => c && onAction({ do: 'startConsumer', consumer: c.id })}>
        Start consumer
      </button>
      <button type="button" disabled={disabled || !c || !running} onClick={() => c && onAction({ do: 'stopConsumer', consumer: c.id })}>
        Stop consumer
      </button>
      <button type="button" className="danger" disabled={disabled || !c || !running} onClick={() => c && onAction({ do: 'crashConsumer', consumer: c.id })}>
        Crash consumer
      </button>
    </fieldset>
  );
}
