// The run slice's wiring to the engine worker: one request queue, the row window, playback, the
// frame gate, and how each answer is folded into the store. The actions (runSlice.ts) call this.
import type { FromEngine, StateMessage, ToEngineBody } from '../protocol/messages';
import type { Scenario } from '../scenario/types';
import type { EngineClient } from './engineClient';
import { watchEngineRestarts } from './engineRestart';
import { extendFilter, nextScan, startFilter } from './filterScan';
import { createFastPacer } from './fastPacing';
import { createFrameGate, defaultFrames } from './frameGate';
import { browserTimers, createPlayback, FAST_BUDGET_MS, type Playback } from './playback';
import { createRequestQueue, type RequestQueue } from './requestQueue';
import { RowWindow } from './rowWindow';
import type { Ports, SliceKit } from './sliceKit';
import type { AppState, StoreDeps } from './state';
import { mergeTrackerViews, missingSteps, trackerSteps } from './trackerViews';
import { focusOf } from './viewFocus';
import { createInvariantWatch, stateAnswerPatch } from './runAnswers';
import { momentBinding, pauseAtMomentsOn } from './storyNavigation';

export interface RunEngine {
  readonly rows: RowWindow;
  readonly queue: RequestQueue;
  readonly playback: Playback;
  /** Sends a request that moves the run, with the selection's focus and the blocks held. */
  move(body: ToEngineBody): void;
  /** Seeks, coalesced with any seek still waiting. */
  seek(step: number): void;
  startRun(scenario: Scenario, options: { seed?: number; step?: number }): void;
  /** The table's filter changed: start its index over. */
  refilter(): void;
}

export function createRunEngine(kit: SliceKit, client: EngineClient, deps: StoreDeps, ports: Pick<Ports, 'onLoaded'>): RunEngine {
  const { store } = kit;
  const timers = deps.timers ?? browserTimers;
  let loadingScenario: Scenario | null = null;

  const withFocus = (body: ToEngineBody): ToEngineBody => {
    const focus = body.type === 'load' || body.type === 'rows' || body.type === 'filterRows' ? undefined : focusOf(store.getState().selection);
    return focus ? ({ ...body, focus } as ToEngineBody) : body;
  };
  const queue = createRequestQueue((body) => client.request(withFocus(body)));
  const rows = new RowWindow((blocks) => queue.fetchRows({ type: 'rows', blocks }));

  // rowsVersion is read when a patch is applied: rows go into the window as soon as they arrive.
  const gate = createFrameGate<Partial<AppState>>(deps.frames ?? defaultFrames(timers), (patch) => store.setState({ ...patch, rowsVersion: rows.version }));
  /** The state as it will be once the answer waiting for its frame is applied. */
  const latest = (): AppState => (gate.pending ? { ...store.getState(), ...gate.pending } : store.getState());
  const fastPlaying = () => store.getState().playing && store.getState().speed === 'fast';
  /** Rows changed outside a state answer (a fetched block, a filter slice): re-render the table. */
  const rowsChanged = () => {
    if (!gate.pending) store.setState({ rowsVersion: rows.version });
  };

  const pacer = createFastPacer();
  const playback = createPlayback({
    timers,
    getSpeed: () => store.getState().speed,
    canStep: () => {
      const s = latest();
      return s.status === 'ready' && !(s.finished && s.currentStep >= s.stepCount);
    },
    // One request at a time; at "fast" the worker also rests between chunks (fastPacing.ts).
    isBusy: () => queue.moving >= 1 || (store.getState().speed === 'fast' && pacer.resting(timers.now())),
    step: (count) => {
      const s = store.getState();
      const budgetMs = s.speed === 'fast' ? FAST_BUDGET_MS : undefined;
      if (s.speed === 'fast') pacer.asked(timers.now());
      // The worker stops exactly on a moment (story/moments), at every speed.
      const moments = pauseAtMomentsOn(s) ? { stopAtMoment: true, moments: momentBinding(s) } : {};
      queue.move({ type: 'stepForward', count, held: rows.held(), budgetMs, ...moments });
    },
    onStop: () => {
      pacer.reset();
      gate.flush();
      store.setState({ playing: false });
      // The tracker's views were not fetched while playing: fetch them now that it stopped.
      afterAnswer();
    },
  });

  /** Asks the worker to filter the next slice of rows, while a filter is on and rows remain unscanned. */
  const scanNext = () => {
    // Asks for every row not scanned yet; the worker answers as much as it can quickly (all of it
    // for a component or "Hide routine", a slice for a text search) and says where it stopped.
    const next = nextScan(rows.filtered, rows.length, rows.length);
    if (next && rows.filtered && !queue.filtering) queue.filter({ type: 'filterRows', filter: rows.filtered.spec, ...next });
  };

  const invariants = createInvariantWatch();
  const applyState = (msg: StateMessage) => {
    // Rows go in at once, whatever the frame: the next request names the blocks held. The worker
    // alone decides what a fork discards: `forkedAt` says from where.
    if (msg.forkedAt !== undefined) rows.discardAfter(msg.forkedAt);
    pacer.answered(timers.now());
    rows.put(msg.rows, msg.stepCount);
    rows.setComponents(msg.components);
    gate.push({ ...stateAnswerPatch(latest(), msg, rows.components), ...invariants.patch(msg) }, fastPlaying() && msg.forkedAt === undefined);
    // The worker stopped on a moment: Play waits for the teacher there.
    if (msg.atMoment) playback.stop();
    scanNext();
  };

  /** Once nothing moves the run, fetch the tracker's views it lacks. */
  const afterAnswer = () => {
    const s = latest();
    if (queue.moving > 0 || s.playing || s.status !== 'ready') return;
    const missing = missingSteps(s.trackerViews, trackerSteps(s.currentStep));
    if (missing.length > 0) queue.fetchTrackerViews({ type: 'viewsAt', steps: missing });
  };

  const onLoaded = (msg: Extract<FromEngine, { type: 'loaded' }>) => {
    gate.flush();
    rows.clear();
    invariants.reset();
    const s = store.getState();
    store.setState({
      status: 'ready',
      rowsVersion: rows.version,
      components: rows.components,
      trackerViews: [],
      selection: null,
      forkedAt: null,
      invariantViolation: null,
      ...ports.onLoaded({ scenario: loadingScenario, title: msg.title, seed: msg.seed, durationMs: msg.durationMs, source: s.loadingSource }),
    });
    engine.refilter();
  };

  const onAnswer = (msg: FromEngine) => {
    switch (msg.type) {
      case 'loaded':
        onLoaded(msg);
        break;
      case 'state':
        applyState(msg);
        break;
      case 'views': {
        gate.flush();
        const s = store.getState();
        store.setState({ trackerViews: mergeTrackerViews(s.trackerViews, msg.views, s.currentStep) });
        break;
      }
      case 'rowBlocks':
        rows.put(msg.blocks, msg.stepCount);
        rowsChanged();
        break;
      case 'filtered': {
        const extended = rows.filtered && extendFilter(rows.filtered, msg);
        if (extended) {
          rows.filtered = extended;
          rows.version++;
          rowsChanged();
        }
        break;
      }
      case 'error':
        rows.forgetRequests();
        playback.stop();
        store.setState((s) => ({ engineError: msg.message, status: s.status === 'loading' && s.view ? 'ready' : s.status }));
        break;
    }
    queue.answered(msg.replyTo, msg.type !== 'loaded');
    if (msg.type === 'filtered') scanNext();
    afterAnswer();
  };
  client.subscribe(onAnswer);

  const engine: RunEngine = {
    rows,
    queue,
    playback,
    move: (body) => queue.move(body),
    seek: (step) => queue.seek(step, (at) => ({ type: 'seek', step: at, held: rows.held() })),
    startRun(scenario, options) {
      playback.stop();
      loadingScenario = scenario;
      queue.move({ type: 'load', scenario, seed: options.seed, step: options.step });
    },
    refilter() {
      const s = store.getState();
      rows.filtered = startFilter({ component: s.componentFilter, search: s.rowSearch, hideRoutine: s.hideRoutine });
      rows.version++;
      rowsChanged();
      scanNext();
    },
  };

  // The worker died: answers in flight are lost; the client rebuilds the run (engineRestart.ts).
  watchEngineRestarts(client, store, {
    reset: () => {
      queue.reset();
      rows.forgetRequests();
      playback.stop();
    },
    applyState,
    afterAnswer,
  });
  return engine;
}
