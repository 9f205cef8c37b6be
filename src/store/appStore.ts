// The zustand store: the only bridge between the engine worker and the UI. Components read it
// through the selectors in selectors.ts and change it only through `actions` (both in appState.ts).
import { createStore } from 'zustand/vanilla';
import type { FromEngine, StateMessage, ToEngineBody } from '../protocol/messages';
import type { Scenario } from '../scenario/types';
import { type AppActions, type AppState, type AppStore, type ParsedText, type StoreDeps, TRACKER_COLUMNS } from './appState';
import type { EngineClient } from './engineClient';
import { createLessonSlice, lessonStateOnLoad, rawFile } from './lessonSlice';
import { watchEngineRestarts } from './engineRestart';
import { createFrameGate, defaultFrames } from './frameGate';
import { browserTimers, createPlayback, FAST_BUDGET_MS, type Playback } from './playback';
import { extendFilter, nextScan, startFilter } from './filterScan';
import { RowWindow } from './rowWindow';
import { mergeHistory, missingSteps, trackerSteps } from './timeline';
import { focusOf, sameFocus } from './viewFocus';
import { ROW_BLOCK } from '../protocol/rowBlocks';

/** Rows the worker filters per request: a search over a million rows answers in slices. */
const FILTER_SLICE = 20_000;

export function createAppStore(client: EngineClient, deps: StoreDeps = {}): AppStore {
  const timers = deps.timers ?? browserTimers;
  const rows = new RowWindow((blocks) => client.request({ type: 'rows', blocks }));
  /** Requests that move the run (or fetch the tracker's views) and are not answered yet. */
  let pending = 0;
  /** A filter slice is being scanned by the worker (one at a time). */
  let scanning = false;
  let queuedSeek: number | null = null;
  let viewsRequested = false;
  let loadingScenario: Scenario | null = null;
  let playback: Playback;

  const store = createStore<AppState>()((set, get, api) => {
    const send: EngineClient['request'] = (body) => {
      pending++;
      return client.request(withFocus(body));
    };
    const held = () => rows.held();
    const manual = (fn: () => void) => {
      playback.stop();
      if (get().status !== 'ready') return;
      fn();
    };
    const actions: AppActions = {
      load(scenario, options = {}) {
        playback.stop();
        loadingScenario = scenario;
        set({
          status: 'loading',
          importError: null,
          engineError: null,
          engineRestart: null,
          forkedAt: null,
          loadingSource: options.source ?? null,
        });
        send({
          type: 'load',
          scenario,
          seed: options.seed,
          step: options.step,
        });
      },
      importScenarioText(text, fileName) {
        const where = fileName ? `${fileName} is not a valid scenario: ` : 'Not a valid scenario: ';
        const apply = (parsed: ParsedText) =>
          parsed.ok
            ? actions.load(parsed.scenario, {
                source: { kind: 'file', file: rawFile(text) },
              })
            : set({ importError: where + parsed.message });
        const parsed = deps.parseText?.(text) ?? {
          ok: false,
          message: 'Importing scenarios is not available.',
        };
        if (!(parsed instanceof Promise)) return apply(parsed);
        parsed.then(apply, (e: unknown) =>
          set({
            importError: `Could not read the file: ${e instanceof Error ? e.message : e}`,
          }),
        );
      },
      dismissImportError: () => set({ importError: null }),
      dismissEngineRestart: () => set({ engineRestart: null }),
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
          send({
            type: 'stepForward',
            count: 1,
            held: held(),
            skipRoutine: get().hideRoutine,
          });
        }),
      stepBack: () =>
        manual(() => {
          if (get().currentStep > 0)
            send({
              type: 'stepBack',
              held: held(),
              skipRoutine: get().hideRoutine,
            });
        }),
      restart: () => manual(() => actions.seek(0)),
      seek(step) {
        playback.stop();
        if (get().status !== 'ready') return;
        if (pending > 0) queuedSeek = step;
        else send({ type: 'seek', step, held: held() });
      },
      intervene(action) {
        if (get().status !== 'ready') return;
        send({ type: 'intervene', action, held: held() });
        // The engine applies an intervention as the next step: play it, so the click shows at once.
        // Blocks past the fork are discarded when the fork's answer arrives: they are not held then.
        if (!get().playing)
          send({
            type: 'stepForward',
            count: 1,
            held: held().filter((b) => (b + 1) * ROW_BLOCK <= get().currentStep),
          });
      },
      dismissFork: () => set({ forkedAt: null }),
      select(selection) {
        const refocus = !sameFocus(focusOf(get().selection), focusOf(selection));
        // Views held so far were cut without the new focus: fetch the current one (and, through
        // afterAnswer, the tracker's) again. While playing, the next answer brings it anyway.
        set(refocus ? { selection, history: [] } : { selection });
        if (refocus && get().status === 'ready' && !get().playing) send({ type: 'seek', step: get().currentStep, held: held() });
      },
      openBrokerPanel: (broker) =>
        set((s) => ({
          selection: { kind: 'broker', broker },
          panelFocusRequest: s.panelFocusRequest + 1,
        })),
      setComponentFilter: (componentFilter) => refilter({ componentFilter }),
      setRowSearch: (rowSearch) => refilter({ rowSearch }),
      setHideRoutine: (hideRoutine) => refilter({ hideRoutine }),
      setTheme: (theme) => set({ theme }),
    };
    return {
      status: 'empty',
      scenario: null,
      title: '',
      seed: 0,
      durationMs: 0,
      view: null,
      currentStep: 0,
      stepCount: 0,
      finished: false,
      rows,
      rowsVersion: 0,
      components: [],
      lastEvents: [],
      history: [],
      playing: false,
      speed: 2,
      forkedAt: null,
      engineError: null,
      importError: null,
      engineRestart: null,
      selection: null,
      panelFocusRequest: 0,
      componentFilter: '',
      rowSearch: '',
      hideRoutine: false,
      theme: deps.initialTheme ?? 'light',
      actions,
      ...createLessonSlice(set, get, api, actions, deps.lesson),
    };
  });

  /** The state as it will be once the answer waiting for its frame is applied. */
  const latest = (): AppState => (gate.pending ? { ...store.getState(), ...gate.pending } : store.getState());
  // rowsVersion is read when a patch is applied: rows go into the window as soon as they arrive.
  const gate = createFrameGate<Partial<AppState>>(deps.frames ?? defaultFrames(timers), (patch) => store.setState({ ...patch, rowsVersion: rows.version }));
  /** Rows changed outside a state answer (a fetched block, a filter slice): re-render the table. */
  const rowsChanged = () => {
    if (!gate.pending) store.setState({ rowsVersion: rows.version });
  };
  function refilter(patch: Partial<Pick<AppState, 'componentFilter' | 'rowSearch' | 'hideRoutine'>>): void {
    store.setState(patch);
    const s = store.getState();
    rows.filtered = startFilter({ component: s.componentFilter, search: s.rowSearch, hideRoutine: s.hideRoutine });
    rows.version++;
    rowsChanged();
    scanNext();
  }
  /** Asks the worker to filter the next slice of rows, while a filter is on and rows remain unscanned. */
  function scanNext(): void {
    if (scanning) return;
    const next = nextScan(rows.filtered, rows.length, FILTER_SLICE);
    if (!next || !rows.filtered) return;
    scanning = true;
    client.request({ type: 'filterRows', filter: rows.filtered.spec, ...next });
  }
  const fastPlaying = () => store.getState().playing && store.getState().speed === 'fast';
  function withFocus(body: ToEngineBody): ToEngineBody {
    const focus = body.type === 'load' ? undefined : focusOf(store.getState().selection);
    return focus ? ({ ...body, focus } as ToEngineBody) : body;
  }

  playback = createPlayback({
    timers,
    getSpeed: () => store.getState().speed,
    canStep: () => {
      const s = latest();
      return s.status === 'ready' && !(s.finished && s.currentStep >= s.stepCount);
    },
    // At "fast" one request may wait in the worker while the page renders the last answer.
    isBusy: () => pending >= (store.getState().speed === 'fast' ? 2 : 1),
    step: (count) => {
      pending++;
      const budgetMs = store.getState().speed === 'fast' ? FAST_BUDGET_MS : undefined;
      client.request(
        withFocus({
          type: 'stepForward',
          count,
          held: rows.held(),
          budgetMs,
        }),
      );
    },
    onStop: () => {
      gate.flush();
      store.setState({ playing: false });
    },
  });

  const applyState = (msg: StateMessage) => {
    const s = latest();
    // Rows go in at once, whatever the frame: the next request names the blocks held.
    if (msg.forkedAt !== undefined) rows.discardAfter(msg.forkedAt);
    rows.put(msg.rows, msg.stepCount);
    rows.setComponents(msg.components);
    const dropFrom = msg.forkedAt ?? (msg.stepCount < s.stepCount ? msg.stepCount + 1 : null);
    const patch: Partial<AppState> = {
      view: msg.view,
      currentStep: msg.currentStep,
      stepCount: msg.stepCount,
      finished: msg.finished,
      components: rows.components,
      lastEvents: msg.events,
      history: mergeHistory(s.history, [{ step: msg.currentStep, view: msg.view }], msg.currentStep, dropFrom),
      ...(msg.forkedAt !== undefined
        ? {
            forkedAt: msg.forkedAt,
            lessonForkStep: Math.min(s.lessonForkStep ?? msg.forkedAt, msg.forkedAt),
          }
        : {}),
    };
    gate.push(patch, fastPlaying() && msg.forkedAt === undefined);
  };

  const afterAnswer = () => {
    if (pending > 0) return;
    const s = latest();
    if (queuedSeek !== null) {
      const step = queuedSeek;
      queuedSeek = null;
      pending++;
      client.request(withFocus({ type: 'seek', step, held: rows.held() }));
      return;
    }
    if (s.playing || s.status !== 'ready' || viewsRequested) return;
    const missing = missingSteps(s.history, trackerSteps(s.currentStep, TRACKER_COLUMNS));
    if (missing.length > 0) {
      viewsRequested = true;
      pending++;
      client.request(withFocus({ type: 'viewsAt', steps: missing }));
    }
  };

  client.subscribe((msg: FromEngine) => {
    switch (msg.type) {
      case 'loaded':
        gate.flush();
        rows.clear();
        scanning = false;
        store.setState({
          status: 'ready',
          scenario: loadingScenario,
          title: msg.title,
          seed: msg.seed,
          durationMs: msg.durationMs,
          rowsVersion: rows.version,
          components: rows.components,
          history: [],
          selection: null,
          forkedAt: null,
          ...lessonStateOnLoad(store.getState().loadingSource),
        });
        refilter({});
        return;
      case 'state':
        pending = Math.max(0, pending - 1);
        applyState(msg);
        scanNext();
        break;
      case 'rowBlocks':
        rows.put(msg.blocks, msg.stepCount);
        rowsChanged();
        return;
      case 'filtered': {
        scanning = false;
        const extended = rows.filtered && extendFilter(rows.filtered, msg);
        if (extended) {
          rows.filtered = extended;
          rows.version++;
          rowsChanged();
        }
        scanNext();
        return;
      }
      case 'views': {
        pending = Math.max(0, pending - 1);
        viewsRequested = false;
        gate.flush();
        const s = store.getState();
        store.setState({
          history: mergeHistory(s.history, msg.views, s.currentStep),
        });
        break;
      }
      case 'error':
        pending = Math.max(0, pending - 1);
        viewsRequested = false;
        scanning = false;
        rows.forgetRequests();
        playback.stop();
        store.setState((s) => ({
          engineError: msg.message,
          status: s.status === 'loading' && s.view ? 'ready' : s.status,
        }));
        break;
    }
    afterAnswer();
  });

  // The worker died: answers in flight are lost; the client rebuilds the run (engineRestart.ts).
  const forgetInFlight = () => {
    [pending, queuedSeek, viewsRequested, scanning] = [0, null, false, false];
    rows.forgetRequests();
    playback.stop();
  };
  watchEngineRestarts(client, store, {
    reset: forgetInFlight,
    applyState,
    afterAnswer,
  });

  return store;
}
