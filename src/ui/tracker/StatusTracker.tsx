// The status tracker: how the tracked variables changed over the last few steps.
import type { TrackerTable } from './trackerModel';

interface Props {
  table: TrackerTable | null;
  steps: number[];
  currentStep: number;
}

export function StatusTracker({ table, steps, currentStep }: Props) {
  return (
    <section className="panel tracker" aria-labelledby="tracker-heading">
      <h2 id="tracker-heading">Status tracker</h2>
      {table ? <p className="panel-sub">Tracking {table.subject}. Select something in the diagram to track it.</p> : null}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that may scroll must be reachable by keyboard */}
      <section className="tracker-scroll" aria-label="Status tracker steps" tabIndex={0}>
        <table aria-label="Status tracker">
          <thead>
            <tr>
              <th scope="col">
                Variable <span className="tracker-steps-hint">/ step</span>
              </th>
              {steps.map((s, i) => (
                // Keyed by column, not by step: as the steps move on, each column keeps its cell and
                // only its text changes (at "Fast" that is every frame).
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns are slots for the last few steps
                <th scope="col" key={i} aria-current={s === currentStep ? 'step' : undefined}>
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
            {(table?.variables ?? []).map((v) => (
              <tr key={v.name}>
                <th scope="row">{v.name}</th>
                {v.cells.map((cell, i) => {
                  const changed = i > 0 && cell !== null && v.cells[i - 1] !== null && cell !== v.cells[i - 1];
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: one cell per column slot, as in the header
                    <td key={i} className={changed ? 'is-changed' : undefined}>
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
