// Change a producer's acks setting from now on.
import { useState } from 'react';
import type { Intervention } from '../../engine/api.types';

interface Props {
  producers: { id: string; acks: string }[];
  disabled: boolean;
  onAction(action: Intervention): void;
}

const choices = ['0', '1', 'all'] as const;

export function AcksControl({ producers, disabled, onAction }: Props) {
  const [picked, setPicked] = useState('');
  const [acks, setAcks] = useState<(typeof choices)[number] | ''>('');
  const p = producers.find((x) => x.id === picked) ?? producers[0];
  const value = acks || (choices as readonly string[]).find((c) => c === p?.acks) || 'all';
  return (
    <fieldset className="mini-form">
      <legend>Producer acks</legend>
      <label>
        Acks for producer{' '}
        <select value={p?.id ?? ''} onChange={(e) => setPicked(e.target.value)}>
          {producers.map((x) => (
            <option key={x.id} value={x.id}>
              {x.id} (acks={x.acks})
            </option>
          ))}
        </select>
      </label>
      <label>
        New acks{' '}
        <select value={value} onChange={(e) => setAcks(e.target.value as (typeof choices)[number])}>
          {choices.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={disabled || !p}
        onClick={() => p && onAction({ do: 'setAcks', producer: p.id, acks: value as (typeof choices)[number] })}
      >
        Set acks
      </button>
    </fieldset>
  );
}
