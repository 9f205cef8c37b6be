// "Process flow": the lesson's stages in order; the one the run is at is lit.
import { useRef } from 'react';
import type { FlowStageView } from '../../lessons/modes/processFlow';
import { useKeepInView } from './useKeepInView';

interface Props {
  stages: FlowStageView[];
  onGoToStep(step: number): void;
}

const MARK = { done: '✓', current: '▶', pending: '○' } as const;
const WORD = { done: 'done', current: 'happening now', pending: 'not yet' } as const;

export function ProcessFlow({ stages, onGoToStep }: Props) {
  const ref = useRef<HTMLOListElement>(null);
  useKeepInView(ref, stages.find((s) => s.state === 'current')?.id ?? null);
  if (stages.length === 0) return <p className="mode-empty">Nothing in this run has been stored yet, so there is no flow to follow.</p>;
  return (
    <ol className="flow" ref={ref}>
      {stages.map((s) => (
        <li key={s.id} className={`flow-stage is-${s.state}`} aria-current={s.state === 'current' ? 'step' : undefined}>
          <span className="flow-mark" aria-hidden="true">
            {MARK[s.state]}
          </span>
          <span className="flow-title">
            {s.title} <span className="visually-hidden">({WORD[s.state]})</span>
          </span>
          {s.step === null ? (
            <span className="flow-step">not in this run</span>
          ) : (
            <button type="button" className="link flow-step" onClick={() => onGoToStep(s.step as number)}>
              Go to step {s.step}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
