// Boot: one worker, one store, the default scenario (with ?seed= and ?step=), then React.
// The main thread never loads the engine (it runs in the worker) nor, until "Import scenario" is
// used, the scenario parser: the default scenario comes already parsed.
import { lazy, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { markFirstView } from './boot/marks';
import { bootClassSession } from './session/classBoot';
import { classIdOf } from './session/classParams';
import { registerServiceWorker } from './boot/serviceWorker';
import { installTestHooks, testAnswerTimeout, testHooksWanted } from './boot/testHooks';
import type { Theme } from './store/state';
import { createAppStore } from './store/appStore';
import { createWorkerEngineClient } from './store/engineClient';
import { readRows } from './store/readRows';
import { AppStoreContext } from './store/useAppStore';
import { App } from './ui/App';
import { EngineRestartContainer } from './ui/engine/EngineRestartContainer';
import { embedParamsOf } from './ui/embed/embedParams';
import { readLaunchParams } from './ui/launchParams';
import './ui/theme.css';
import './ui/layout.css';
import './ui/diagram/diagram.css';
import './ui/table/table.css';
import './ui/panels.css';

const THEME_KEY = 'kafkascope.theme';

function initialTheme(): Theme {
  const saved = localStorage.getItem(THEME_KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const query = new URLSearchParams(location.search);
const testHooks = testHooksWanted(query);
const client = createWorkerEngineClient({ answerTimeoutMs: testHooks ? testAnswerTimeout(query) : undefined });
const store = createAppStore(client, { initialTheme: initialTheme() });
if (testHooks)
  installTestHooks(client, {
    rows: () => readRows(client, store.getState().stepCount),
    heldRows: () => store.getState().rows.heldRows,
  });
store.subscribe((s, prev) => {
  if (s.theme !== prev.theme) localStorage.setItem(THEME_KEY, s.theme);
});
markFirstView(store);

// A lesson or a shared scenario in the address is opened by the lessons kit (useLaunch); loading
// the default first would flash its title. Everything else starts on the default scenario.
const launch = readLaunchParams(location.search);
// A class link opens whatever the teacher has open (src/session).
const namesScenario = query.has('scenario') || /(^#|&)scenario=/.test(location.hash) || classIdOf(location.search) !== null;
if (!namesScenario) void store.getState().actions.open({ kind: 'default', seed: launch.seed, step: launch.step });

bootClassSession({ store, client });
// `?embed=1`: the compact player (ui/embed), loaded instead of the whole page.
const embed = embedParamsOf(location.search);
const Page = embed ? lazy(() => import('./ui/embed/EmbedApp')) : App;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppStoreContext.Provider value={store}>
      <Page />
      <EngineRestartContainer />
    </AppStoreContext.Provider>
  </StrictMode>,
);

if (import.meta.env.PROD) registerServiceWorker();
