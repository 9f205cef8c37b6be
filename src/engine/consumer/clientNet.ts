// The consumer's NetworkClient: requests with ids, request.timeout.ms, and connections a dead
// broker refuses. Answers are matched to the request table; a late answer finds nothing there.
import { brokerNode, cancelTimer, nextId, setTimer } from '../core/context';
import { linkIsCut, nodeIsDown, send } from '../core/network';
import type { SimState, Tp } from '../core/state';
import type { ClientRequest, ConsumerState } from './consumerState';
import type { ConsumerApi, Wire, WireMessage } from '../core/wire';

/** request.timeout.ms, the consumer's default. */
export const REQUEST_TIMEOUT_MS = 30000;
/** A JoinGroup waits for the whole join phase: the client allows the rebalance timeout + 5 s. */
export const JOIN_GROUP_EXTRA_TIMEOUT_MS = 5000;

/** The fields of an API's request that the caller fills in (the client adds the request id). */
export type RequestFields<K extends ConsumerApi> = Omit<Wire<`${K}Request`>, 'type' | 'requestId'>;

/** Request types by API, made once: a type built per request is a new string each time, which every `type ===` test must then compare character by character. */
const requestTypes = new Map<ConsumerApi, string>();

function requestType(kind: ConsumerApi): string {
  let type = requestTypes.get(kind);
  if (type === undefined) requestTypes.set(kind, (type = `${kind}Request`));
  return type;
}

/** Sends a request and files it; returns its id. */
export function sendRequest<K extends ConsumerApi>(
  state: SimState,
  c: ConsumerState,
  broker: number,
  kind: K,
  fields: RequestFields<K>,
  tps: Tp[] = [],
  timeoutMs = REQUEST_TIMEOUT_MS,
): number {
  const requestId = nextId(state);
  // Ids only grow: the table, a Map, lists its requests in id order.
  c.inFlight.set(requestId, { kind, broker, tps });
  const node = brokerNode(broker);
  if (nodeIsDown(state, node) && !linkIsCut(state, c.id, node)) {
    // A dead broker's host refuses the connection: the client hears so after one trip.
    send(state, node, c.id, { type: 'ConnectionClosed', requestIds: [requestId], seenByClient: true });
  } else {
    send(state, c.id, node, { type: requestType(kind), ...fields, requestId } as unknown as WireMessage);
  }
  setTimer(state, state.timeMs + timeoutMs, { type: 'consumerTimer', consumer: c.id, kind: 'requestTimeout', ref: requestId });
  return requestId;
}

/** Removes an answered (or failed) request from the table; null when it was not there. */
export function takeRequest(state: SimState, c: ConsumerState, requestId: number): ClientRequest | null {
  const entry = c.inFlight.get(requestId);
  if (!entry) return null;
  c.inFlight.delete(requestId);
  cancelTimer(state, { type: 'consumerTimer', consumer: c.id, kind: 'requestTimeout', ref: requestId });
  return entry;
}

/** Asked for every fetch a poll() could send. */
export function hasInFlight(c: ConsumerState, kind: ConsumerApi, broker?: number): boolean {
  for (const r of c.inFlight.values()) {
    if (r.kind === kind && (broker === undefined || r.broker === broker)) return true;
  }
  return false;
}

/** A broker's (or coordinator's) answer to a client. */
export function answer(state: SimState, broker: number, to: string, response: WireMessage): void {
  send(state, brokerNode(broker), to, response);
}

/** reconnect.backoff.ms doubling up to reconnect.backoff.max.ms (without the client's jitter). */
const RECONNECT_BACKOFF_MS = 50;
const RECONNECT_BACKOFF_MAX_MS = 1000;

export function isReachable(state: SimState, c: ConsumerState, broker: number): boolean {
  return (c.backoffUntilMs[String(broker)] ?? 0) <= state.timeMs;
}

export function connectionFailed(state: SimState, c: ConsumerState, broker: number): void {
  const failures = (c.connectFailures[String(broker)] ?? 0) + 1;
  c.connectFailures[String(broker)] = failures;
  c.backoffUntilMs[String(broker)] = state.timeMs + Math.min(RECONNECT_BACKOFF_MAX_MS, RECONNECT_BACKOFF_MS * 2 ** (failures - 1));
}

export function connectionWorked(c: ConsumerState, broker: number): void {
  delete c.connectFailures[String(broker)];
  delete c.backoffUntilMs[String(broker)];
}

/** The next bootstrap broker, round robin over those not backing off (leastLoadedNode, simplified). */
export function nextBootstrapBroker(state: SimState, c: ConsumerState): number {
  const n = state.brokers.length;
  for (let i = 0; i < n; i++) {
    const id = ((c.nextBroker + i) % n) + 1;
    if (!isReachable(state, c, id)) continue;
    c.nextBroker = (c.nextBroker + i + 1) % n;
    return id;
  }
  const id = (c.nextBroker % n) + 1;
  c.nextBroker = (c.nextBroker + 1) % n;
  return id;
}

/** Forgets every request (a crash or a restart): answers that still arrive find nothing. */
export function dropAllRequests(state: SimState, c: ConsumerState): void {
  for (const id of c.inFlight.keys()) cancelTimer(state, { type: 'consumerTimer', consumer: c.id, kind: 'requestTimeout', ref: id });
  c.inFlight = new Map();
}
