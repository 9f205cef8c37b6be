// The one door to the engine worker: numbers each request, checks each answer's protocol version,
// keeps the command log, and when the worker dies (an error event, or no answer in time) rebuilds
// the run in a fresh worker from that log, at the same step.
import { checkFromEngine, type FromEngine, PROTOCOL_VERSION, type StateMessage, type ToEngine, type ToEngineBody } from '../protocol/messages';
import { CRASH_REQUEST } from '../worker/testCrash';
import { CommandLog, type LoggedIntervention } from './commandLog';

/** What the store hears about the engine itself (not about the simulation). */
export type EngineLifecycle =
  | { type: 'restarting'; step: number; reason: string }
  /** `state` is the rebuilt run at `step`, when the client asked for it (not when a lost load was re-sent). */
  | { type: 'restored'; step: number; state: StateMessage | null }
  | { type: 'failed'; message: string };

export interface EngineClient {
  /** Sends a request; returns its id (answers carry it back as `replyTo`). */
  request(body: ToEngineBody): number;
  subscribe(listener: (message: FromEngine) => void): () => void;
  /** Worker deaths and rebuilds; absent on clients that cannot restart. */
  onLifecycle?(listener: (event: EngineLifecycle) => void): () => void;
  /** The interventions applied since the last load, each at the step it forked (share links, class sessions). */
  interventions?(): readonly LoggedIntervention[];
  /** Test hook: 'crash' makes the worker throw (an error event), 'silent' terminates it unannounced. */
  kill?(mode: 'crash' | 'silent'): void;
  dispose(): void;
}

export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

export interface ClientOptions {
  /** A worker that had work and said nothing for this long is taken for dead. */
  answerTimeoutMs?: number;
  /** Rebuilds tried in a row, each dying before it finished, before giving up. */
  maxRestarts?: number;
}

/** No request plays more than a few thousand steps, so ten silent seconds means a dead worker. */
export const ANSWER_TIMEOUT_MS = 10_000;

interface InFlight {
  body: ToEngineBody;
  /** A replay request: its answer is the client's own business. */
  internal: boolean;
  final?: boolean;
  /** A load lost with a dead worker and sent again: its answer also ends the rebuild. */
  resent?: boolean;
}

/** Wraps a Worker (or anything shaped like one, for tests); given a factory, it can restart it. */
export function createEngineClient(source: WorkerLike | (() => WorkerLike), options: ClientOptions = {}): EngineClient {
  const spawn = typeof source === 'function' ? source : null;
  const timeoutMs = options.answerTimeoutMs ?? ANSWER_TIMEOUT_MS;
  const maxRestarts = options.maxRestarts ?? 3;
  const listeners = new Set<(message: FromEngine) => void>();
  const lifecycle = new Set<(event: EngineLifecycle) => void>();
  const log = new CommandLog();
  const inFlight = new Map<number, InFlight>();
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let lastProgress = 0;
  let watchdog: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;
  let disposed = false;

  const emit = (message: FromEngine) => {
    for (const listener of listeners) listener(message);
  };
  const tell = (event: EngineLifecycle) => {
    for (const listener of lifecycle) listener(event);
  };

  const armWatchdog = () => {
    if (watchdog !== null || inFlight.size === 0 || disposed) return;
    const wait = Math.max(0, lastProgress + timeoutMs - performance.now());
    watchdog = setTimeout(() => {
      watchdog = null;
      if (inFlight.size === 0) return;
      if (performance.now() - lastProgress >= timeoutMs) fail(`it did not answer for ${Math.round(timeoutMs / 1000)} s`);
      else armWatchdog();
    }, wait);
  };

  const post = (body: ToEngineBody, entry: Omit<InFlight, 'body'>): number => {
    const id = nextId++;
    if (inFlight.size === 0) lastProgress = performance.now();
    inFlight.set(id, { body, ...entry });
    worker?.postMessage({ ...body, v: PROTOCOL_VERSION, id } as ToEngine);
    armWatchdog();
    return id;
  };

  const track = (msg: FromEngine, entry: InFlight | undefined) => {
    if (!entry || entry.internal) return;
    if (msg.type === 'loaded' && entry.body.type === 'load') log.onLoaded(entry.body);
    if (msg.type !== 'state') return;
    log.onState(msg.currentStep);
    if (entry.body.type === 'intervene' && msg.forkedAt !== undefined) log.onIntervened(msg.forkedAt, entry.body.action);
  };

  const onAnswer = (data: unknown) => {
    const refused = checkFromEngine(data);
    if (refused) {
      emit({
        v: PROTOCOL_VERSION,
        id: -1,
        replyTo: -1,
        type: 'error',
        message: `The engine answered oddly: ${refused}`,
      });
      return;
    }
    const msg = data as FromEngine;
    lastProgress = performance.now();
    const entry = inFlight.get(msg.replyTo);
    // A load is answered twice ('loaded', then 'state' or 'error'); every other request once.
    if (msg.type !== 'loaded') inFlight.delete(msg.replyTo);
    track(msg, entry);
    if (entry?.internal) {
      if (entry.final && msg.type === 'state') {
        log.onState(msg.currentStep);
        failures = 0;
        tell({ type: 'restored', step: msg.currentStep, state: msg });
      }
      return;
    }
    emit(msg);
    if (entry?.resent && msg.type !== 'loaded') {
      failures = 0;
      tell({ type: 'restored', step: log.step, state: null });
    }
  };

  const start = (w: WorkerLike) => {
    worker = w;
    w.addEventListener('message', (event) => {
      if (worker === w) onAnswer(event.data);
    });
    w.addEventListener('error', (event) => {
      event.preventDefault?.();
      if (worker === w) fail(event.message ? `it reported: ${event.message}` : 'it reported an error');
    });
  };

  function fail(reason: string): void {
    if (disposed || worker === null) return;
    worker.terminate();
    worker = null;
    if (watchdog !== null) clearTimeout(watchdog);
    watchdog = null;
    // The newest load nobody answered yet: a run the page is still waiting for.
    const lost = [...inFlight.values()].filter((e) => !e.internal && e.body.type === 'load').pop();
    inFlight.clear();
    failures++;
    if (!spawn || failures > maxRestarts) {
      tell({
        type: 'failed',
        message: `The simulation engine stopped (${reason}) and could not be restarted. Reload the page.`,
      });
      return;
    }
    tell({ type: 'restarting', step: lost ? 0 : log.step, reason });
    start(spawn());
    if (lost) {
      post(lost.body, { internal: false, resent: true });
      return;
    }
    const replay = log.replay();
    for (const [i, body] of replay.entries()) post(body, { internal: true, final: i === replay.length - 1 });
    if (replay.length === 0) tell({ type: 'restored', step: 0, state: null });
  }

  start(spawn ? spawn() : (source as WorkerLike));

  return {
    request(body) {
      if (disposed || worker === null) {
        // Given up: answer at once so the store is never left waiting.
        const id = nextId++;
        queueMicrotask(() =>
          emit({
            v: PROTOCOL_VERSION,
            id,
            replyTo: id,
            type: 'error',
            message: 'The simulation engine is not running.',
          }),
        );
        return id;
      }
      return post(body, { internal: false });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onLifecycle(listener) {
      lifecycle.add(listener);
      return () => lifecycle.delete(listener);
    },
    interventions: () => log.logged,
    kill(mode) {
      if (mode === 'crash') worker?.postMessage({ type: CRASH_REQUEST });
      else worker?.terminate();
    },
    dispose() {
      disposed = true;
      if (watchdog !== null) clearTimeout(watchdog);
      listeners.clear();
      lifecycle.clear();
      worker?.terminate();
      worker = null;
    },
  };
}

export function spawnEngineWorker(): WorkerLike {
  return new Worker(new URL('../worker/engine.worker.ts', import.meta.url), {
    type: 'module',
  });
}

export function createWorkerEngineClient(options?: ClientOptions): EngineClient {
  return createEngineClient(spawnEngineWorker, options);
}
