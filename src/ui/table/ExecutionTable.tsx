// biome-ignore-all lint/a11y/useSemanticElements: a virtualized table positions rows absolutely, which native table layout cannot
// biome-ignore-all lint/a11y/useFocusableInteractive: header cells and cells are not interactive; rows are reached by roving focus
// The execution table: one row per engine step, virtualized (only visible rows are in the DOM)
// with a fixed row height so it stays smooth at a million rows. Rows are read from a RowSource on
// demand (only the visible ones are ever decoded); `rowsVersion` says when they changed. The page
// holds only a window of the run: a row not held yet shows as loading until it arrives.
import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';
import { useElementSize } from '../useElementSize';
import type { RowSource } from './rowSource';
import { ScrollFollower } from './ScrollFollower';
import { rowY, scrollSpace, toContentTop, toScrollTop } from './scrollSpace';
import { indexOfSorted, lastAtOrBefore, revealScrollTop, visibleRange } from './virtualWindow';

export interface ExecutionTableProps {
  rows: RowSource;
  rowsVersion: number;
  currentStep: number;
  /**
   * Rows shown: the run's steps as of the state on screen. The row window may already know of
   * more (rows arrive before the frame that shows them); showing those would ask for rows that
   * are about to arrive anyway.
   */
  stepCount: number;
  components: readonly string[];
  filter: string;
  search: string;
  hideRoutine: boolean;
  rowHeight: number;
  onFilterChange(component: string): void;
  onSearchChange(text: string): void;
  onHideRoutineChange(hide: boolean): void;
  onSeek(step: number): void;
  /** Activating a row (click, Enter) also opens "Step <n> details". */
  onOpenDetails?(step: number): void;
  /** The open "Step <n> details", drawn over the table. */
  details?: ReactNode;
}

const columns = ['Step', 'Time', 'Component', 'Action', 'Message state', 'Output'];
/** Rows rendered beyond each edge of the viewport. */
const OVERSCAN = 8;

export function ExecutionTable(props: ExecutionTableProps) {
  const { rows, currentStep, stepCount, components, filter, search, hideRoutine, rowHeight, onFilterChange, onSearchChange } = props;
  const onSeek = (step: number) => {
    props.onSeek(step);
    props.onOpenDetails?.(step);
  };
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const { height: viewportH } = useElementSize(scrollRef);
  const [scrollTop, setScrollTop] = useState(0);
  // The store keeps the filter's index up to date as the worker scans the run (rowsVersion re-renders).
  const index = rows.filtered;
  const rowCount = Math.min(stepCount, rows.length);
  const total = index ? index.count : rowCount;
  const bodyH = Math.max(0, viewportH - rowHeight);
  const currentPos = currentStep < 1 ? -1 : index ? indexOfSorted(index.indexes, currentStep - 1, index.count) : currentStep - 1;
  // With a filter on, the table follows the last passing row at or before the current step.
  const followPos = currentStep < 1 || !index ? currentPos : lastAtOrBefore(index.indexes, currentStep - 1, index.count);

  // Follow the current step: the scroll position that reveals it is worked out from the row index
  // and the fixed row height during render (React re-runs the render before committing), so rows
  // and position change in one commit; ScrollFollower writes it without reading layout.
  // Positions below are in the rows' own pixels (content); the scroller's, past the browsers' height
  // cap, are compressed (scrollSpace.ts).
  const space = scrollSpace(total, rowHeight, bodyH);
  const followed = useRef({ pos: -2, rowHeight, bodyH, seq: 0, top: 0 });
  // The rows read are those at the position being scrolled to, not at the one being left: reading
  // those would ask the worker for rows about to scroll out of sight.
  let top = toContentTop(space, scrollTop);
  if (followed.current.pos !== followPos || followed.current.rowHeight !== rowHeight || followed.current.bodyH !== bodyH) {
    const next = followPos >= 0 && bodyH > 0 ? revealScrollTop(followPos, top, bodyH, rowHeight) : null;
    const moved = next !== null && next !== top;
    const nextScrollTop = moved ? toScrollTop(space, next) : followed.current.top;
    followed.current = { pos: followPos, rowHeight, bodyH, seq: followed.current.seq + (moved ? 1 : 0), top: nextScrollTop };
    if (moved) {
      setScrollTop(nextScrollTop);
      top = next;
    }
  }
  const range = visibleRange(top, bodyH, rowHeight, total, OVERSCAN);
  /** Where a row is drawn, against the scroll position the rows are drawn for. */
  const drawnAt = toScrollTop(space, top);
  const yOf = (pos: number) => rowY(space, pos, rowHeight, drawnAt);

  const onRowKey = (e: KeyboardEvent<HTMLDivElement>, step: number) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      onSeek(step);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      e.stopPropagation();
      const sib = e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling;
      (sib as HTMLElement | null)?.focus();
    }
  };

  // Rows are keyed by their place in the window, not by step: when the window moves (every answer
  // during playback), React rewrites the text of the rows it has instead of replacing them.
  const slots = Math.ceil(bodyH / Math.max(1, rowHeight)) + 1 + 2 * OVERSCAN;
  const rendered = [];
  for (let pos = range.start; pos < range.end; pos++) {
    const at = index ? index.indexes[pos] : pos;
    const row = rows.get(at);
    if (!row) {
      rendered.push(<LoadingRow key={pos % slots} pos={pos} y={yOf(pos)} step={at + 1} rowHeight={rowHeight} onSeek={onSeek} />);
      continue;
    }
    const current = row.step === currentStep;
    rendered.push(
      <div
        key={pos % slots}
        role="row"
        aria-rowindex={pos + 2}
        aria-current={current ? 'step' : undefined}
        tabIndex={current || (currentPos < 0 && pos === range.start) ? 0 : -1}
        className={`xt-row${current ? ' is-current' : ''}${row.step > currentStep ? ' is-future' : ''}`}
        style={{
          transform: `translateY(${yOf(pos)}px)`,
          height: rowHeight,
        }}
        onClick={() => onSeek(row.step)}
        onKeyDown={(e) => onRowKey(e, row.step)}
      >
        <div role="cell">{row.step}</div>
        <div role="cell">{row.timeMs} ms</div>
        <div role="cell" title={row.component}>
          {row.component}
        </div>
        <div role="cell" title={row.action}>
          {row.action}
        </div>
        <div role="cell" title={row.messageState}>
          {row.messageState}
        </div>
        <div role="cell" title={row.output}>
          {row.output}
        </div>
      </div>,
    );
  }

  return (
    <section className="xt" aria-labelledby="xt-heading">
      <div className="xt-toolbar">
        <h2 id="xt-heading">Execution table</h2>
        <label>
          Component{' '}
          <select value={filter} onChange={(e) => onFilterChange(e.target.value)}>
            <option value="">All components</option>
            {components.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label>
          Search rows <input type="search" value={search} size={12} onChange={(e) => onSearchChange(e.target.value)} />
        </label>
        <label>
          <input type="checkbox" checked={hideRoutine} onChange={(e) => props.onHideRoutineChange(e.target.checked)} /> Hide routine
        </label>
        <span className="xt-count">
          {total.toLocaleString('en')} {index ? `of ${rowCount.toLocaleString('en')} ` : ''}rows
          {index && index.scanned < rowCount ? ', searching…' : ''}
        </span>
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <div className="xt-scroll" ref={scrollRef} tabIndex={0} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
        <div role="table" aria-label="Execution table" aria-rowcount={total + 1} className="xt-table">
          <div role="rowgroup" className="xt-head">
            <div role="row" aria-rowindex={1} className="xt-row" style={{ height: rowHeight }}>
              {columns.map((c) => (
                <div role="columnheader" key={c}>
                  {c}
                </div>
              ))}
            </div>
          </div>
          <div role="rowgroup" className="xt-body" ref={bodyRef} style={{ height: space.bodyH }}>
            {rendered}
          </div>
        </div>
        <ScrollFollower scroller={scrollRef} body={bodyRef} bodyHeight={space.bodyH} top={followed.current.top} seq={followed.current.seq} />
        {total === 0 && <p className="xt-empty">No steps yet: press Play or Step forward.</p>}
      </div>
      {props.details}
    </section>
  );
}

/** A row the page does not hold yet: its step, and a word saying it is on its way. */
function LoadingRow({ pos, y, step, rowHeight, onSeek }: { pos: number; y: number; step: number; rowHeight: number; onSeek(step: number): void }) {
  return (
    <div
      role="row"
      aria-rowindex={pos + 2}
      aria-busy="true"
      tabIndex={-1}
      className="xt-row is-loading"
      style={{ transform: `translateY(${y}px)`, height: rowHeight }}
      onClick={() => onSeek(step)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') onSeek(step);
      }}
    >
      <div role="cell">{step}</div>
      <div role="cell" />
      <div role="cell" />
      <div role="cell">Loading…</div>
      <div role="cell" />
      <div role="cell" />
    </div>
  );
}
