// The one door to the engine worker: numbers each request, checks each answer's protocol version.
import { checkFromEngine, type FromEngine, PROTOCOL_VERSION, type ToEngine, type ToEngineBody } from '../protocol/messages';

export interface EngineClient {
  /** Sends a request; returns its id (answers carry it back as `replyTo`). */
  request(body: ToEngineBody): number;
  subscribe(listener: (message: FromEngine) => void): () => void;
  dispose(): void;
}

interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

/** Wraps a Worker (or anything shaped like one, for tests). */
export function createEngineClient(worker: WorkerLike): EngineClient {
  const listeners = new Set<(message: FromEngine) => void>();
  let nextId = 1;
  const emit = (message: FromEngine) => {
    for (const listener of listeners) listener(message);
  };
  worker.addEventListener('message', (event) => {
    const refused = checkFromEngine(event.data);
    if (refused) emit({ v: PROTOCOL_VERSION, id: -1, replyTo: -1, type: 'error', message: `The engine answered oddly: ${refused}` });
    else emit(event.data as FromEngine);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault?.();
    emit({ v: PROTOCOL_VERSION, id: -1, replyTo: -1, type: 'error', message: 'The simulation engine failed to start.' });
  });
  return {
    request(body) {
      const id = nextId++;
      worker.postMessage({ ...body, v: PROTOCOL_VERSION, id } as ToEngine);
      return id;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      listeners.clear();
      worker.terminate();
    },
  };
}

export function createWorkerEngineClient(): EngineClient {
  const worker = new Worker(new URL('../worker/engine.worker.ts', import.meta.url), { type: 'module' });
  return createEngineClient(worker);
}
