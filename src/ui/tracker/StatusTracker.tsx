// The status tracker: how the tracked variables changed over the last few steps. It fits the side
// panel without scrolling sideways: long names are shortened (the full name is the row's name and
// its tooltip), headers and values wrap between words, numbers never break (panels.css), and where
// even so four steps are too wide (Presenter view's large type) the oldest are left out.
import { useRef } from 'react';
import { useElementSize } from '../useElementSize';
import type { TrackerTable } from './trackerModel';
import { stepColumnsThatFit } from './trackerFit';
import { shortVariableName } from './trackerNames';

interface Props {
  table: TrackerTable | null;
  steps: number[];
  currentStep: number;
}

export function StatusTracker({ table, steps: allSteps, currentStep }: Props) {
  const box = useRef<HTMLElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const { width } = useElementSize(box);
  // Measured again whenever the box's width changes (Presenter view changes both width and type).
  const fontPx = width > 0 && tableRef.current ? Number.parseFloat(getComputedStyle(tableRef.current).fontSize) : 0;
  const variables = table?.variables ?? [];
  const names = variables.map((v) => shortVariableName(v.name) ?? v.name);
  const drop = allSteps.length - stepColumnsThatFit(width, fontPx, allSteps.length, names, variables.flatMap((v) => v.cells.map((text, i) => ({ text, bold: isChanged(v.cells, i) }))));
  const steps = allSteps.slice(drop);
  return (
    <section className="panel tracker" aria-labelledby="tracker-heading">
      <h2 id="tracker-heading">Status tracker</h2>
      {table ? <p className="panel-sub">Tracking {table.subject}. Select something in the diagram to track it.</p> : null}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that may scroll must be reachable by keyboard */}
      <section ref={box} className="tracker-scroll" aria-label="Status tracker steps" tabIndex={0}>
        <table ref={tableRef} aria-label="Status tracker">
          <thead>
            <tr>
              <th scope="col">
                Variable <span className="tracker-steps-hint">/ step</span>
              </th>
              {steps.map((s, i) => (
                // Keyed by column, not by step: as the steps move on, each column keeps its cell and
                // only its text changes (at "Fast" that is every frame).
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns are slots for the last few steps
                <th scope="col" key={i} aria-current={s === currentStep ? 'step' : undefined} title={s === 0 ? undefined : `Step ${s}`}>
                  {s === 0 ? (
                    'Start'
                  ) : (
                    <>
                      <span className="visually-hidden">Step </span>
                      {s}
                    </>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {variables.map((v) => (
              <tr key={v.name}>
                <VariableName name={v.name} />
                {v.cells.slice(drop).map((cell, k) => {
                  const i = k + drop;
                  const changed = isChanged(v.cells, i);
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: one cell per column slot, as in the header
                    <td key={k} className={changed ? 'is-changed' : undefined}>
                      {cell === null ? '…' : cell}
                      {changed ? <span className="visually-hidden"> (changed)</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

/** A value that differs from the step before's (both known): drawn bold and said "(changed)". */
function isChanged(cells: readonly (string | null)[], i: number): boolean {
  return i > 0 && cells[i] !== null && cells[i - 1] !== null && cells[i] !== cells[i - 1];
}

/** A row's name: shortened on screen where it is long, whole for assistive tech and in the tooltip. */
function VariableName({ name }: { name: string }) {
  const short = shortVariableName(name);
  if (short === null) return <th scope="row">{name}</th>;
  return (
    <th scope="row" title={name}>
      <span className="visually-hidden">{name}</span>
      <span aria-hidden="true">{short}</span>
    </th>
  );
}
