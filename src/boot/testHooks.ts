// Test-only hooks, installed only with `?test-hooks=1`: e2e/worker-failure.spec.ts kills the
// engine worker through them. They can do nothing a page script could not do anyway.
import type { EngineClient } from '../store/engineClient';

export interface TestHooks {
  /** 'crash' (default): the worker throws, an error event; 'silent': it is terminated, found by the timeout. */
  killWorker(mode?: 'crash' | 'silent'): void;
  /** Every execution-table row of the run, read from the worker: e2e/determinism.spec.ts compares them with Node's. */
  rows(): Promise<unknown[]>;
  /** Rows the page holds now (bounded by the row window, whatever the run's length). */
  heldRows(): number;
  /** Requests sent to the engine worker so far, by type (e2e/intervention-request.spec.ts counts them). */
  requests(): Record<string, number>;
}

declare global {
  interface Window {
    __kafkascope?: TestHooks;
  }
}

export function testHooksWanted(query: URLSearchParams): boolean {
  return query.get('test-hooks') === '1';
}

/** `&engine-timeout-ms=N` shortens the dead-worker timeout, so the 'silent' test does not wait long. */
export function testAnswerTimeout(query: URLSearchParams): number | undefined {
  const ms = Number(query.get('engine-timeout-ms'));
  return Number.isInteger(ms) && ms >= 100 ? ms : undefined;
}

export function installTestHooks(client: EngineClient, hooks: Omit<TestHooks, 'killWorker' | 'requests'>): void {
  const counts: Record<string, number> = {};
  const request = client.request.bind(client);
  client.request = (body) => {
    counts[body.type] = (counts[body.type] ?? 0) + 1;
    return request(body);
  };
  window.__kafkascope = { killWorker: (mode = 'crash') => client.kill?.(mode), requests: () => ({ ...counts }), ...hooks };
}
