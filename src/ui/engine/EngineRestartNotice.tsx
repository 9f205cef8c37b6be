// Says that the engine worker died and the run is being rebuilt (then was rebuilt) at the same step.
import type { EngineRestart } from '../../store/engineRestart';
import './engineRestart.css';

interface Props {
  restart: EngineRestart | null;
  onDismiss(): void;
}

export function EngineRestartNotice({ restart, onDismiss }: Props) {
  if (!restart) return null;
  return (
    <div role="alert" className="notice engine-restart">
      {restart.done ? (
        <>
          <p>The simulation engine stopped and was rebuilt at step {restart.step} from its command log.</p>
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </>
      ) : (
        <p>The simulation engine stopped; rebuilding at step {restart.step}…</p>
      )}
    </div>
  );
}
