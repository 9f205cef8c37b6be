// Client metadata: a producer learns leaders from any broker's metadata cache (which may be stale)
// after NOT_LEADER_OR_FOLLOWER, a timeout or a closed connection, and every metadata.max.age.ms.
// A requested update stays requested until one succeeds, and goes to a reachable broker
// (NetworkClient.leastLoadedNode: a connected one first, else one it may connect to).
import { brokerNode, cancelTimer, emit, hasTimer, nextId, type Played, setTimer } from '../core/context';
import { send } from '../core/network';
import type { ProducerState, SimState } from '../core/state';
import { producerSpec } from './producerConfig';
import { canTry, earliestRetryMs, isConnected, markDisconnected } from './connections';

/** retry.backoff.ms growing to retry.backoff.max.ms (KIP-580) between metadata requests that failed. */
function metadataBackoffMs(state: SimState, p: ProducerState): number {
  const base = producerSpec(state, p.id).config.retryBackoffMs;
  return Math.min(1000, base * 2 ** Math.max(0, p.metadataFailures - 1));
}

/** The broker to ask, starting from the producer's round-robin position: a connected one first. */
function metadataBroker(state: SimState, p: ProducerState): number | null {
  const count = state.brokers.length;
  const order = [...Array(count).keys()].map((i) => ((p.nextMetadataBroker + i) % count) + 1);
  return order.find((id) => isConnected(p, id)) ?? order.find((id) => canTry(state, p, id)) ?? null;
}

export function refreshMetadata(state: SimState, p: ProducerState): void {
  if (p.metadataRequest || hasTimer(state, { type: 'metadataBackoff', producer: p.id })) return;
  const earliest = p.lastMetadataRequestMs + (p.metadataFailures > 0 ? metadataBackoffMs(state, p) : 0);
  const broker = metadataBroker(state, p);
  // No broker to ask: wait for the first reconnect backoff to end (or a connect in progress).
  const waitUntil = broker === null ? Math.max(earliest, earliestRetryMs(p) ?? state.timeMs + 50) : earliest;
  if (state.timeMs < waitUntil) {
    setTimer(state, waitUntil, { type: 'metadataBackoff', producer: p.id });
    return;
  }
  if (broker === null) return;
  p.lastMetadataRequestMs = state.timeMs;
  p.nextMetadataBroker = broker % state.brokers.length;
  const requestId = nextId(state);
  p.metadataRequest = { requestId, broker };
  send(state, p.id, brokerNode(broker), { type: 'MetadataRequest', requestId, client: p.id });
  setTimer(state, state.timeMs + producerSpec(state, p.id).config.requestTimeoutMs, { type: 'metadataTimeout', producer: p.id, requestId });
}

/** The metadata request in flight is lost; the update stays requested and is retried after a backoff. */
export function failMetadataRequest(state: SimState, p: ProducerState): void {
  p.metadataRequest = null;
  p.metadataFailures++;
  cancelTimer(state, { type: 'metadataTimeout', producer: p.id });
  refreshMetadata(state, p);
}

/** No answer within request.timeout.ms: NetworkClient also drops the connection to that broker. */
export function metadataFailed(state: SimState, p: ProducerState): Played {
  if (p.metadataRequest) markDisconnected(state, p, p.metadataRequest.broker);
  failMetadataRequest(state, p);
  emit(state, { type: 'MetadataRequestTimedOut', producer: p.id });
  return true;
}

export function scheduleMetadataMaxAge(state: SimState, p: ProducerState): void {
  setTimer(state, state.timeMs + producerSpec(state, p.id).config.metadataMaxAgeMs, { type: 'metadataMaxAge', producer: p.id });
}

/** metadata.max.age.ms: refresh even without errors, so new partitions and leaders are found. */
export function metadataMaxAgeExpired(state: SimState, p: ProducerState): Played {
  scheduleMetadataMaxAge(state, p);
  refreshMetadata(state, p);
  emit(state, { type: 'MetadataMaxAgeExpired', producer: p.id, maxAgeMs: producerSpec(state, p.id).config.metadataMaxAgeMs });
  return true;
}

export function metadataBackoffExpired(state: SimState, p: ProducerState): Played {
  refreshMetadata(state, p);
  emit(state, { type: 'MetadataBackoffExpired', producer: p.id });
  return true;
}
