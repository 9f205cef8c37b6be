// The app store and engine client a class session (or a share link's interventions) drives. Set
// once at boot (main.tsx), read by the modules loaded on demand.
import type { AppStore } from '../store/state';
import type { EngineClient } from '../store/engineClient';

export interface SessionDeps {
  store: AppStore;
  client: EngineClient;
}

let deps: SessionDeps | null = null;

export function setSessionDeps(d: SessionDeps): void {
  deps = d;
}

export function sessionDeps(): SessionDeps {
  if (!deps) throw new Error('The class session is not wired to the app (setSessionDeps was not called).');
  return deps;
}
