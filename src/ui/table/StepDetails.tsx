// "Step <n> details": one execution-table row told in full (every column, no ellipsis), the
// step's events, and what changed in the cluster before → after. A non-modal dialog over the
// table: the diagram above stays visible at that step while the class reads.
import { useEffect, useRef } from 'react';
import type { SimEvent } from '../../engine/view.types';
import type { StepDetailsState } from '../../store/storyNavigation';

interface Props {
  open: StepDetailsState;
  onClose(): void;
}

/** An event in words: "RecordAppended: orders-0, broker 1, offset 3 (producer p1)". */
export function eventWords(e: SimEvent): string {
  const where: string[] = [];
  if (e.topic !== undefined) where.push(e.partition === undefined ? e.topic : `${e.topic}-${e.partition}`);
  if (e.broker !== undefined) where.push(`broker ${e.broker}`);
  if (e.producer !== undefined) where.push(`producer ${e.producer}`);
  if (e.consumer !== undefined) where.push(`consumer ${e.consumer}`);
  if (e.offset !== undefined) where.push(`offset ${e.offset}`);
  if (e.detail) where.push(e.detail);
  return where.length > 0 ? `${e.type}: ${where.join(', ')}` : e.type;
}

/** Lines with keys that stay unique when two lines read the same. */
function keyed(lines: readonly string[]): [string, string][] {
  const seen = new Map<string, number>();
  return lines.map((text) => {
    const n = (seen.get(text) ?? 0) + 1;
    seen.set(text, n);
    return [`${text}#${n}`, text];
  });
}

export function StepDetails({ open, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = `step-details-${open.step}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves in when another step's details open
  useEffect(() => {
    ref.current?.focus();
  }, [open.step]);
  const d = open.details;
  const row = d?.row ?? null;
  return (
    <dialog
      ref={ref}
      open
      className="step-details"
      aria-labelledby={headingId}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="step-details-head">
        <h3 id={headingId}>Step {open.step} details</h3>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {!d ? (
        <p>Reading step {open.step}…</p>
      ) : (
        <>
          {row && (
            <dl className="step-details-row">
              <dt>Time</dt>
              <dd>{row.timeMs} ms</dd>
              <dt>Component</dt>
              <dd>{row.component}</dd>
              <dt>Action</dt>
              <dd>{row.action}</dd>
              <dt>Message state</dt>
              <dd>{row.messageState || '—'}</dd>
              <dt>Output</dt>
              <dd>{row.output || '—'}</dd>
            </dl>
          )}
          <h4>Events</h4>
          {d.events.length === 0 ? (
            <p>No event: routine work that changes nothing a class needs to follow.</p>
          ) : (
            <ul>
              {keyed(d.events.map(eventWords)).map(([key, text]) => (
                <li key={key}>{text}</li>
              ))}
            </ul>
          )}
          <h4>What changed</h4>
          {d.changes.length === 0 ? (
            <p>Nothing the diagram shows changed.</p>
          ) : (
            <ul>
              {keyed(d.changes).map(([key, text]) => (
                <li key={key}>{text}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </dialog>
  );
}
