// Boot: one worker, one store, the default scenario (with ?seed= and ?step=), then React.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultScenarioFile } from './lessons/defaultScenario';
import { formatProblems, parseScenario, parseScenarioText } from './scenario/parse';
import { createAppStore, type ParsedText, type Theme } from './store/appStore';
import { createWorkerEngineClient } from './store/engineClient';
import { AppStoreContext } from './store/useAppStore';
import { App } from './ui/App';
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

function parseText(text: string): ParsedText {
  const result = parseScenarioText(text);
  return result.ok ? result : { ok: false, message: formatProblems(result.problems) };
}

const store = createAppStore(createWorkerEngineClient(), { parseText, initialTheme: initialTheme() });
store.subscribe((s, prev) => {
  if (s.theme !== prev.theme) localStorage.setItem(THEME_KEY, s.theme);
});

const launch = readLaunchParams(location.search);
const parsed = parseScenario(defaultScenarioFile);
if (parsed.ok) store.getState().actions.load(parsed.scenario, { seed: launch.seed, step: launch.step });
else store.setState({ engineError: `The built-in scenario is invalid: ${formatProblems(parsed.problems)}` });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppStoreContext.Provider value={store}>
      <App />
    </AppStoreContext.Provider>
  </StrictMode>,
);
