// The zustand store: the only bridge between the engine worker and the UI. It is put together here
// from its slices (run, scenario, lesson, editor, sharing, display), each with its own state and
// actions (types in state.ts); slices reach each other only through the ports wired below.
// Components read it through selectors.ts / lessonSelectors.ts and change it only through
// `actions` and `lessonActions`.
import { createStore } from 'zustand/vanilla';
import { createEditorActions, initialEditorState } from './editorSlice';
import type { EngineClient } from './engineClient';
import { createLessonSlice, initialLessonState, lessonStateOnLoad } from './lessonSlice';
import { createRunSlice, initialRunState } from './runSlice';
import { createScenarioActions, currentFileOf, initialScenarioState, scenarioStateOnLoad } from './scenarioSlice';
import { createSharingActions, initialSharingState, sharingStateOnLoad } from './sharingSlice';
import type { Ports, SliceKit } from './sliceKit';
import type { AppState, AppStore, DisplayActions, StoreDeps } from './state';

export function createAppStore(client: EngineClient, deps: StoreDeps = {}): AppStore {
  // Made empty, filled at the end of this function, before anything can read it.
  const store = createStore<AppState>()(() => ({}) as AppState);
  const kit: SliceKit = { set: store.setState, get: store.getState, store };
  const lessonDeps = deps.lesson ?? {};

  const run = createRunSlice(kit, client, deps, {
    onLoaded: (loaded) => ({ ...scenarioStateOnLoad(loaded), ...lessonStateOnLoad(), ...sharingStateOnLoad() }),
  });
  const lesson = createLessonSlice(kit, lessonDeps, { seek: (step) => run.actions.seek(step) });
  const ports: Omit<Ports, 'onLoaded'> = {
    startRun: run.startRun,
    seek: run.actions.seek,
    loadKit: lesson.actions.loadKit,
    warmLessonRun: lesson.warmLessonRun,
    currentFile: () => currentFileOf(store.getState()),
  };
  const scenario = createScenarioActions(kit, deps, ports);
  const editor = createEditorActions(kit, lessonDeps, ports);
  const sharing = createSharingActions(kit, lessonDeps, ports);
  const display: DisplayActions = {
    setTheme: (theme) => store.setState({ theme }),
    setPresenter: (presenter) => store.setState({ presenter }),
  };

  store.setState(
    {
      ...initialRunState(run.engine),
      ...initialScenarioState(),
      ...initialLessonState(),
      ...initialEditorState(lessonDeps),
      ...initialSharingState(),
      theme: deps.initialTheme ?? 'light',
      presenter: false,
      actions: { ...run.actions, open: scenario.open, dismissOpenError: scenario.dismissOpenError, setTheme: display.setTheme },
      lessonActions: { ...lesson.actions, ...editor, ...sharing, ...scenario, setPresenter: display.setPresenter },
    },
    true,
  );
  return store;
}
