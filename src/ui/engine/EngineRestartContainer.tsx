// The engine-restart notice, wired to the store.
import type { AppState } from '../../store/state';
import { useAppStore } from '../../store/useAppStore';
import { EngineRestartNotice } from './EngineRestartNotice';

const selectRestart = (s: AppState) => s.engineRestart;
const selectDismiss = (s: AppState) => s.actions.dismissEngineRestart;

export function EngineRestartContainer() {
  return <EngineRestartNotice restart={useAppStore(selectRestart)} onDismiss={useAppStore(selectDismiss)} />;
}
