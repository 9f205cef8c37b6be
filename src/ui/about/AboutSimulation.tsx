import { useRef } from 'react';
import { useAutoCloseDetails } from '../useAutoCloseDetails';
import type { Simplification } from './simplifications';

interface Props {
  items: Simplification[];
}

/** "Where the simulator simplifies, the UI says so." */
export function AboutSimulation({ items }: Props) {
  const ref = useRef<HTMLDetailsElement>(null);
  useAutoCloseDetails(ref);
  return (
    <details className="about" ref={ref}>
      <summary>About this simulation</summary>
      <div className="about-body">
        <p>KafkaScope follows Apache Kafka 4.x with KRaft, step by step. Where it simplifies:</p>
        <ul>
          {items.map((s) => (
            <li key={s.topic}>
              <strong>{s.topic}:</strong> {s.text}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
