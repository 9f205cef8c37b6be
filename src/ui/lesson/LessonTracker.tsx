// The lesson's own status tracker: the story's variables at Start, after each story moment and at
// the end, as the seed pages draw it. A changed value is marked in bold with a "•" and said as
// "(changed)"; the column the timeline has reached is highlighted; a column's heading moves there.
import { useEffect, useRef } from 'react';
import type { LessonTrackerTable } from '../../lessons/modes/lessonTracker';
import { trackerScroll } from './trackerScroll';
import './lessonTracker.css';

interface Props {
  table: LessonTrackerTable;
  currentStep: number;
  onShowStep(step: number): void;
}

/** The last column the timeline has reached. */
export function reachedColumn(table: LessonTrackerTable, currentStep: number): number {
  let reached = 0;
  table.columns.forEach((c, i) => {
    if (c.step <= currentStep) reached = i;
  });
  return reached;
}

export function LessonTracker({ table, currentStep, onShowStep }: Props) {
  const now = reachedColumn(table, currentStep);
  const scroller = useRef<HTMLElement>(null);
  // Keep the column the timeline has reached in view, whole, with the earlier ones that fit
  // (sideways only: the page must not jump).
  useEffect(() => {
    const box = scroller.current;
    const table = box?.querySelector('table');
    if (!box || !table) return;
    const columns = [...box.querySelectorAll<HTMLElement>('thead th')].slice(1);
    const scroll = trackerScroll(
      {
        lefts: columns.map((c) => c.offsetLeft),
        widths: columns.map((c) => c.offsetWidth),
        names: box.querySelector<HTMLElement>('tbody th')?.offsetWidth ?? 0,
        clientWidth: box.clientWidth,
        scrollLeft: box.scrollLeft,
        tableWidth: table.offsetWidth,
      },
      now,
    );
    if (!scroll) return;
    box.style.paddingRight = scroll.endRoom > 0 ? `${scroll.endRoom}px` : '';
    box.scrollLeft = scroll.scrollLeft;
  }, [now]);
  return (
    <>
      <p className="panel-sub">The story's own variables: at the start, after each story moment, and at the end. Changed values are marked •.</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that may scroll must be reachable by keyboard */}
      <section ref={scroller} className="lesson-tracker-scroll" aria-label="Status tracker columns" tabIndex={0}>
        <table className="lesson-tracker" aria-label="Status tracker">
          <thead>
            <tr>
              <th scope="col">Variable</th>
              {table.columns.map((c, i) => (
                <th scope="col" key={c.label} className={i === now ? 'is-now' : undefined} aria-current={i === now ? 'step' : undefined}>
                  <button type="button" className="link-button" onClick={() => onShowStep(c.step)}>
                    {c.label}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.variables.map((v) => (
              <tr key={v.name}>
                <th scope="row">{v.name}</th>
                {v.cells.map((cell, i) => (
                  <td key={table.columns[i].label} className={[v.changed[i] ? 'is-changed' : '', i === now ? 'is-now' : ''].join(' ').trim() || undefined}>
                    {v.changed[i] ? <span aria-hidden="true">• </span> : null}
                    {cell}
                    {v.changed[i] ? <span className="visually-hidden"> (changed)</span> : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
