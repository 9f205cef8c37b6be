// Cut the link between two nodes, or heal every link.
import { useState } from 'react';
import type { Intervention } from '../../engine/api.types';

interface Props {
  nodes: string[];
  disabled: boolean;
  anyCut: boolean;
  onAction(action: Intervention): void;
}

export function NetworkControls({ nodes, disabled, anyCut, onAction }: Props) {
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const from = nodes.includes(a) ? a : (nodes[0] ?? '');
  const to = nodes.includes(b) && b !== from ? b : (nodes.find((n) => n !== from) ?? '');
  return (
    <fieldset className="mini-form">
      <legend>Network</legend>
      <label>
        Between{' '}
        <select value={from} onChange={(e) => setA(e.target.value)}>
          {nodes.map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
      </label>
      <label>
        and{' '}
        <select value={to} onChange={(e) => setB(e.target.value)}>
          {nodes
            .filter((n) => n !== from)
            .map((n) => (
              <option key={n}>{n}</option>
            ))}
        </select>
      </label>
      <button type="button" disabled={disabled || !from || !to} onClick={() => onAction({ do: 'cutLink', between: [from, to] })}>
        Cut link
      </button>
      <button type="button" disabled={disabled || !anyCut} onClick={() => onAction({ do: 'heal' })}>
        Heal all links
      </button>
    </fieldset>
  );
}
