// The store's side of a worker failure: the client reports it died ('restarting'), then that the
// run was rebuilt at the same step ('restored', with the state to show), or that it gave up.
import type { StoreApi } from 'zustand/vanilla';
import type { StateMessage } from '../protocol/messages';
import type { AppState } from './state';
import type { EngineClient } from './engineClient';

/** The engine worker died and is being (or was) rebuilt from the command log at `step`. */
export interface EngineRestart {
  step: number;
  done: boolean;
}

export interface RestartHooks {
  /** Forget the requests the dead worker will never answer, and stop playing. */
  reset(): void;
  applyState(msg: StateMessage): void;
  afterAnswer(): void;
}

export function watchEngineRestarts(client: EngineClient, store: StoreApi<AppState>, hooks: RestartHooks): void {
  client.onLifecycle?.((event) => {
    if (event.type === 'restarting') {
      hooks.reset();
      store.setState({ engineRestart: { step: event.step, done: false } });
    } else if (event.type === 'failed') {
      hooks.reset();
      store.setState({ engineRestart: null, engineError: event.message });
    } else {
      if (event.state) hooks.applyState(event.state);
      store.setState({ engineRestart: { step: event.step, done: true } });
      hooks.afterAnswer();
    }
  });
}
