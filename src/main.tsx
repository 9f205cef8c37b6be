// Boot: one worker, one store, the default scenario (with ?seed= and ?step=), then React.
// The main thread never loads the engine (it runs in the worker) nor, until "Import scenario" is
// used, the scenario parser: the default scenario comes already parsed.
import { lazy, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { markFirstView } from './boot/marks';
import { classIdOf, isClassPage, wasTeaching } from './session/classLink';
import { setSessionDeps } from './session/sessionDeps';
import { registerServiceWorker } from './boot/serviceWorker';
import { installTestHooks, testAnswerTimeout, testHooksWanted } from './boot/testHooks';
import type { Theme } from './store/state';
import { createAppStore } from './store/appStore';
import { createWorkerEngineClient } from './store/engineClient';
import { readRows } from './store/readRows';
import { AppStoreContext } from './store/useAppStore';
import { App } from './ui/App';
import { EngineRestartContainer } from './ui/engine/EngineRestartContainer';
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

// Class sessions and share links with interventions drive this store and client (src/session); the
// session code loads at boot only on a class page or in a tab that was teaching before a reload.
setSessionDeps({ store, client });
if (isClassPage(location.search) || wasTeaching()) void import('./session/classBoot').then((b) => b.bootClassSession());
// `?embed=1`: the compact player (ui/embed), loaded instead of the whole page.
const Page = query.get('embed') === '1' ? lazy(() => import('./ui/embed/EmbedApp')) : App;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppStoreContext.Provider value={store}>
      <Page />
      <EngineRestartContainer />
    </AppStoreContext.Provider>
  </StrictMode>,
);

if (import.meta.env.PROD) registerServiceWorker();
