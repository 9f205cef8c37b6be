// The engine's thread: decode → engine → post. All decoding and error wrapping is in handleRequest.
// A development build checks the engine's invariants after every step (slower; the page shows a
// violation as an error), a production build does not. Each producer keeps its newest SENDS_KEPT
// sends (engine/producer/oldSends.ts), so a long play does not hold every send it made.
import { createSimulation } from '../engine';
import { SENDS_KEPT } from './boundedView';
import type { Scenario } from '../scenario/types';
import { type EngineSession, handleRequest } from './handleRequest';
import { isCrashRequest } from './testCrash';

interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown): void;
}

const session: EngineSession = { sim: null };
const scope = self as unknown as WorkerScope;
const create = (scenario: Scenario, seed?: number) => createSimulation(scenario, seed, { checkInvariants: import.meta.env.DEV, sendsKept: SENDS_KEPT });

scope.onmessage = (event) => {
  if (isCrashRequest(event.data)) throw new Error('The engine worker stopped on request (test hook).');
  for (const answer of handleRequest(session, event.data, create)) scope.postMessage(answer);
};
