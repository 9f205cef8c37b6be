// "Compare": two runs side by side, same seed, one setting changed, stepped together by simulated
// time. The first moment they part is called out; each row whose values differ says so.
import { differenceWords } from '../../lessons/modes/compareRuns';
import type { CompareResult } from './compareRunner';
import './compare.css';

interface Props {
  result: CompareResult;
  frame: number;
  onFrame(frame: number): void;
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

export function CompareRuns({ result, frame, onFrame }: Props) {
  const { comparison: c, labels, setting, seed } = result;
  const f = c.frames[Math.min(frame, c.frames.length - 1)];
  const last = c.frames.length - 1;
  return (
    <section className="compare" aria-label="Compare runs">
      <p className="panel-sub">
        The same scenario twice, seed {seed}: only <code>{setting}</code> differs ({labels[0]} on the left, {labels[1]} on the right). Both runs step together by simulated
        time.
      </p>
      <div className="compare-callout" role="note">
        {c.firstDifference === null ? (
          <p>The two runs never part: {setting} makes no difference to what this lesson tracks.</p>
        ) : (
          <>
            <p>
              <strong>First difference.</strong> {differenceWords(c, labels)}
            </p>
            <button type="button" onClick={() => onFrame(c.firstDifference as number)}>
              Go to the first difference
            </button>
          </>
        )}
      </div>
      <div className="compare-controls">
        <button type="button" disabled={frame <= 0} onClick={() => onFrame(frame - 1)}>
          ◀ Both runs back
        </button>
        <input
          type="range"
          aria-label="Compare time"
          min={0}
          max={last}
          value={frame}
          aria-valuetext={seconds(f.timeMs)}
          onChange={(e) => onFrame(Number(e.target.value))}
        />
        <button type="button" disabled={frame >= last} onClick={() => onFrame(frame + 1)}>
          Both runs forward ▶
        </button>
        <output className="compare-time">{seconds(f.timeMs)}</output>
      </div>
      <table className="compare-table" aria-label="Both runs at this time">
        <thead>
          <tr>
            <th scope="col">Variable</th>
            <th scope="col">{labels[0]}</th>
            <th scope="col">{labels[1]}</th>
          </tr>
        </thead>
        <tbody>
          {c.variables.map((name, v) => (
            <tr key={name} className={f.differs[v] ? 'is-different' : undefined}>
              <th scope="row">
                {name}
                {f.differs[v] ? <span className="compare-differs"> ≠ differs</span> : null}
              </th>
              <td>{f.sides[0].cells[v]}</td>
              <td>{f.sides[1].cells[v]}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">latest moment</th>
            {f.sides.map((s, i) => (
              <td key={labels[i]}>
                {s.step === 0 ? 'start' : `step ${s.step}`}: {s.did}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}
