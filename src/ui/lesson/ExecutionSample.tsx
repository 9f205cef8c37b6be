// "Execution sample": the client code, with the line that is executing at this step highlighted.
import { useRef } from 'react';
import type { CodeLineView } from '../../lessons/modes/executionSample';
import { useKeepInView } from './useKeepInView';

interface Props {
  lines: CodeLineView[];
  note: string | null;
}

export function ExecutionSample({ lines, note }: Props) {
  const ref = useRef<HTMLOListElement>(null);
  useKeepInView(ref, lines.find((l) => l.current)?.line ?? null);
  return (
    <>
      {note && <p className="panel-sub">{note}</p>}
      <ol className="code" aria-label="Client code (Java)" ref={ref}>
        {lines.map((l) => (
          <li key={l.line} className={l.current ? 'code-line is-current' : 'code-line'} aria-current={l.current ? 'true' : undefined}>
            <span className="code-marker" aria-hidden="true">
              {l.current ? '▶' : ''}
            </span>
            <code>{l.text}</code>
            {l.current && <span className="visually-hidden"> (executing now)</span>}
            {l.step !== null && <span className="code-step">step {l.step}</span>}
          </li>
        ))}
      </ol>
    </>
  );
}
