// The diagram's key, one click away at every size: a "Legend" button in the diagram's corner that
// opens a small panel drawing each mark with the diagram's own styles, and saying it in words.
import { type ReactNode, type RefObject, useRef } from 'react';
import { useAutoCloseDetails } from '../useAutoCloseDetails';

/** A sample drawn with the diagram's classes, so the legend always matches the drawing. */
function Sample({ children }: { children: ReactNode }) {
  return (
    <svg className="dg legend-sample" viewBox="0 0 56 30" width="56" height="30" aria-hidden="true">
      {children}
    </svg>
  );
}

const box = { x: 3, y: 3, width: 50, height: 24 };

const ENTRIES: { sample: ReactNode; term: string; meaning: string }[] = [
  {
    sample: (
      <g className="dg-replica is-leader in-isr">
        <rect className="dg-replica-box" {...box} rx={2} />
      </g>
    ),
    term: 'Leader ★',
    meaning: 'solid, thick border',
  },
  {
    sample: (
      <g className="dg-replica is-follower in-isr">
        <rect className="dg-replica-box" {...box} rx={8} />
      </g>
    ),
    term: 'Follower, in the ISR',
    meaning: 'dashed border',
  },
  {
    sample: (
      <g className="dg-replica is-follower out-of-isr">
        <rect className="dg-replica-box" {...box} rx={8} />
        <rect {...box} rx={8} fill="url(#dg-stripes-out)" />
      </g>
    ),
    term: 'Out of the ISR ✕',
    meaning: 'striped: fell behind',
  },
  {
    sample: <line className="dg-hw" x1={28} x2={28} y1={2} y2={28} />,
    term: 'HW, high watermark',
    meaning: 'green line: committed before it',
  },
  {
    sample: <line className="dg-leo" x1={28} x2={28} y1={2} y2={28} />,
    term: 'LEO, log end offset',
    meaning: 'dashed line: the next offset',
  },
  {
    sample: (
      <g className="dg-rec key-0 is-committed">
        <rect className="dg-rec-box" x={12} y={2} width={32} height={26} rx={3} />
      </g>
    ),
    term: 'Committed record',
    meaning: 'filled: on every in-sync replica',
  },
  {
    sample: (
      <g className="dg-rec key-0 is-uncommitted">
        <rect className="dg-rec-box" x={12} y={2} width={32} height={26} rx={6} />
      </g>
    ),
    term: 'Uncommitted record',
    meaning: 'hollow, dashed: above the HW',
  },
  {
    sample: (
      <>
        <g className="dg-rec key-1 is-committed">
          <rect className="dg-rec-box" x={4} y={2} width={22} height={26} rx={3} />
        </g>
        <g className="dg-rec key-5 is-committed">
          <rect className="dg-rec-box" x={30} y={2} width={22} height={26} rx={3} />
        </g>
      </>
    ),
    term: 'Record key',
    meaning: 'colour and first letters (∅: none)',
  },
  {
    sample: (
      <g className="dg-legend-changed">
        <rect {...box} rx={4} />
      </g>
    ),
    term: 'Changed',
    meaning: 'thick outline: changed this step',
  },
];

/** `buttonRef` gets the "Legend" button, which the diagram keeps its corner text clear of. */
export function DiagramLegend({ buttonRef }: { buttonRef?: RefObject<HTMLElement | null> }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useAutoCloseDetails(ref);
  return (
    <details className="diagram-legend" ref={ref}>
      <summary ref={buttonRef}>Legend</summary>
      <dl className="legend-list">
        {ENTRIES.map((e) => (
          <div key={e.term} className="legend-entry">
            <dt>
              <Sample>{e.sample}</Sample>
              {e.term}
            </dt>
            <dd>{e.meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
