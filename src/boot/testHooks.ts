// Test-only hooks, installed only with `?test-hooks=1`: e2e/worker-failure.spec.ts kills the
// engine worker through them. They can do nothing a page script could not do anyway.
import type { EngineClient } from '../store/engineClient';

export interface TestHooks {
  /** 'crash' (default): the worker throws, an error event; 'silent': it is terminated, found by the timeout. */
  killWorker(mode?: 'crash' | 'silent'): void;
  /** The execution-table rows the page holds: e2e/determinism.spec.ts compares them with Node's. */
  rows(): unknown[];
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

export function installTestHooks(client: EngineClient, rows: () => unknown[]): void {
  window.__kafkascope = { killWorker: (mode = 'crash') => client.kill?.(mode), rows };
}
