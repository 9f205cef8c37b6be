// The engine's thread: decode → engine → post. All decoding and error wrapping is in handleRequest.
import { createSimulation } from '../engine';
import { type EngineSession, handleRequest } from './handleRequest';
import { isCrashRequest } from './testCrash';

interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown): void;
}

const session: EngineSession = { sim: null };
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  if (isCrashRequest(event.data)) throw new Error('The engine worker stopped on request (test hook).');
  for (const answer of handleRequest(session, event.data, createSimulation)) scope.postMessage(answer);
};
