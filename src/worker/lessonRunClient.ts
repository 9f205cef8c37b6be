// The page's door to the lesson-run worker: one run at a time, answered as a promise. The worker
// starts on the first run (or on `warm`, when a lesson is being opened), so the default page
// never loads it; if it dies, the run in flight fails with a plain sentence and the next run
// starts a fresh worker.
import type { FromLessonRunner, LessonRunRequest, LessonRunResult, RunLesson, ToLessonRunner } from './lessonRunProtocol';
import { firstLine } from './errorText';

export interface LessonRunWorker {
  postMessage(message: ToLessonRunner): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

export interface LessonRunClient {
  run: RunLesson;
  /** Starts the worker ahead of the first run, so its script loads while the scenario does. */
  warm(): void;
  dispose(): void;
}

/** The run was dropped for a newer one: not a failure anyone needs to hear about. */
export class LessonRunSuperseded extends Error {
  constructor() {
    super('A newer run replaced this one.');
    this.name = 'LessonRunSuperseded';
  }
}

interface Pending {
  id: number;
  resolve(result: LessonRunResult): void;
  reject(error: Error): void;
}

export function createLessonRunClient(spawn: () => LessonRunWorker): LessonRunClient {
  let worker: LessonRunWorker | null = null;
  let pending: Pending | null = null;
  let nextId = 1;

  const settle = (outcome: (p: Pending) => void) => {
    const p = pending;
    pending = null;
    if (p) outcome(p);
  };
  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  const start = (): LessonRunWorker => {
    if (worker) return worker;
    const w = spawn();
    w.addEventListener('message', (event) => {
      const answer = event.data as FromLessonRunner;
      if (worker !== w || pending?.id !== answer?.id) return;
      settle((p) => (answer.ok ? p.resolve(answer.result) : p.reject(new Error(answer.message))));
    });
    w.addEventListener('error', (event) => {
      // Handled here: the page says it in words, the console need not shout it too.
      event.preventDefault?.();
      if (worker !== w) return;
      stop();
      const why = event.message ? ` (${firstLine(event.message)})` : '';
      settle((p) => p.reject(new Error(`the worker playing it stopped${why}. Reload the page to try again.`)));
    });
    worker = w;
    return w;
  };

  return {
    run(request: LessonRunRequest) {
      // The page only wants the run of the scenario open now: a run still playing for the
      // previous one is stopped rather than waited for (a long one takes about a second).
      if (pending) {
        stop();
        settle((p) => p.reject(new LessonRunSuperseded()));
      }
      return new Promise<LessonRunResult>((resolve, reject) => {
        const id = nextId++;
        pending = { id, resolve, reject };
        try {
          start().postMessage({ id, request });
        } catch (error) {
          stop();
          settle((p) => p.reject(new Error(`its worker could not start (${firstLine(error)}).`)));
        }
      });
    },
    warm() {
      try {
        start();
      } catch {
        // The first run will try again and say why.
      }
    },
    dispose() {
      stop();
      settle((p) => p.reject(new LessonRunSuperseded()));
    },
  };
}

export function spawnLessonRunWorker(): LessonRunWorker {
  return new Worker(new URL('./lessonRun.worker.ts', import.meta.url), {
    type: 'module',
    name: 'lesson-run',
  });
}
