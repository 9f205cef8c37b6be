// Awaiting the app: until its state satisfies a check, or until the engine's next answer, never
// longer than a timeout (a move that leads nowhere is planned again, not waited on forever).
import type { AppState, AppStore } from '../store/state';
import type { EngineClient } from '../store/engineClient';

export function waitForState(store: AppStore, check: (s: AppState) => boolean, timeoutMs: number): Promise<boolean> {
  if (check(store.getState())) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(false), timeoutMs);
    const unsubscribe = store.subscribe((s) => {
      if (check(s)) finish(true);
    });
    function finish(ok: boolean) {
      clearTimeout(timer);
      unsubscribe();
      resolve(ok);
    }
  });
}

export function nextEngineAnswer(client: EngineClient, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(finish, timeoutMs);
    const unsubscribe = client.subscribe((m) => {
      if (m.type === 'state' || m.type === 'error') finish();
    });
    function finish() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
  });
}
