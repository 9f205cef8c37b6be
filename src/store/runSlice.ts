// The run slice: the run the engine worker plays (where it is, what it shows, how it plays) and the
// actions that move it. The worker wiring is in runEngine.ts.
import type { EngineClient } from './engineClient';
import { createRunEngine, type RunEngine } from './runEngine';
import type { Ports, SliceKit } from './sliceKit';
import type { RunActions, RunState, StoreDeps } from './state';
import { focusOf, sameFocus } from './viewFocus';

export function initialRunState(engine: RunEngine): RunState & { status: 'empty' } {
  return {
    status: 'empty',
    view: null,
    currentStep: 0,
    stepCount: 0,
    finished: false,
    rows: engine.rows,
    rowsVersion: 0,
    components: [],
    lastEvents: [],
    trackerViews: [],
    playing: false,
    speed: 2,
    forkedAt: null,
    engineError: null,
    engineRestart: null,
    invariantViolation: null,
    selection: null,
    panelFocusRequest: 0,
    componentFilter: '',
    rowSearch: '',
    hideRoutine: false,
  };
}

export interface RunSlice {
  engine: RunEngine;
  actions: RunActions;
  startRun: Ports['startRun'];
}

export function createRunSlice(kit: SliceKit, client: EngineClient, deps: StoreDeps, ports: Pick<Ports, 'onLoaded'>): RunSlice {
  const { set, get } = kit;
  const engine = createRunEngine(kit, client, deps, ports);
  const { playback, rows } = engine;
  /** A step by hand: playback stops first. */
  const manual = (fn: () => void) => {
    playback.stop();
    if (get().status === 'ready') fn();
  };
  const refilter = (patch: Partial<RunState>) => {
    set(patch);
    engine.refilter();
  };

  const actions: RunActions = {
    play() {
      const s = get();
      if (s.status !== 'ready' || s.playing) return;
      if (s.finished && s.currentStep >= s.stepCount) return;
      set({ playing: true });
      playback.start();
    },
    pause: () => playback.stop(),
    togglePlay: () => (get().playing ? actions.pause() : actions.play()),
    setSpeed(speed) {
      set({ speed });
      if (get().playing) playback.start();
    },
    stepForward: () =>
      manual(() => {
        const s = get();
        if (s.finished && s.currentStep >= s.stepCount) return;
        engine.move({ type: 'stepForward', count: 1, held: rows.held(), skipRoutine: s.hideRoutine });
      }),
    stepBack: () =>
      manual(() => {
        if (get().currentStep > 0) engine.move({ type: 'stepBack', held: rows.held(), skipRoutine: get().hideRoutine });
      }),
    restart: () => manual(() => actions.seek(0)),
    seek(step) {
      playback.stop();
      if (get().status === 'ready') engine.seek(step);
    },
    intervene(action) {
      if (get().status !== 'ready') return;
      // One request: the worker forks the run, plays the intervention and answers with both.
      engine.move({ type: 'intervene', action, held: rows.held() });
    },
    dismissFork: () => set({ forkedAt: null }),
    dismissEngineRestart: () => set({ engineRestart: null }),
    dismissInvariantViolation: () => set({ invariantViolation: null }),
    select(selection) {
      const refocus = !sameFocus(focusOf(get().selection), focusOf(selection));
      // Views held so far were cut without the new focus: fetch the current one (and, once it is
      // in, the tracker's) again. While playing, the next answer brings it anyway.
      set(refocus ? { selection, trackerViews: [] } : { selection });
      if (refocus && get().status === 'ready' && !get().playing) engine.move({ type: 'seek', step: get().currentStep, held: rows.held() });
    },
    openBrokerPanel: (broker) => set((s) => ({ selection: { kind: 'broker', broker }, panelFocusRequest: s.panelFocusRequest + 1 })),
    setComponentFilter: (componentFilter) => refilter({ componentFilter }),
    setRowSearch: (rowSearch) => refilter({ rowSearch }),
    setHideRoutine: (hideRoutine) => refilter({ hideRoutine }),
  };

  return {
    engine,
    actions,
    startRun(scenario, options) {
      set({ status: 'loading', engineError: null, engineRestart: null, forkedAt: null });
      engine.startRun(scenario, options);
    },
  };
}
