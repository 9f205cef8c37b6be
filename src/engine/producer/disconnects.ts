// What the producer does when a request or a connection fails: a request timeout, a closed
// connection (the broker died or refused it), the end of a connect attempt. Each disconnect puts
// the broker in reconnect backoff and requests a metadata update (NetworkClient).
import { brokerIdOf, emit, type Played } from '../core/context';
import type { ProducerState, SimState } from '../core/state';
import { connectTimer, markDisconnected } from './connections';
import { failMetadataRequest, refreshMetadata } from './metadata';
import { producerSpec } from './producerConfig';
import { retryOrFail, sendReady, takeInFlight } from './sender';

export function requestTimedOut(state: SimState, p: ProducerState, requestId: number): Played | null {
  const broker = p.inFlight.get(requestId)?.broker;
  const b = takeInFlight(state, p, requestId);
  if (!b) return null;
  // NetworkClient disconnects a node whose request timed out; the next send reconnects first.
  if (broker !== undefined) markDisconnected(state, p, broker);
  retryOrFail(state, p, b, 'REQUEST_TIMED_OUT');
  emit(state, { type: 'RequestTimedOut', producer: p.id, topic: b.topic, partition: b.partition, requestTimeoutMs: producerSpec(state, p.id).config.requestTimeoutMs });
  return true;
}

/** The connection to a broker closed (its process died, or it refused a request). */
/** The connection to a broker closed (its process died, or it refused a request): each request in flight retries or fails. */
export function connectionClosed(state: SimState, p: ProducerState, from: string, requestIds: number[]): Played {
  const broker = brokerIdOf(from);
  if (broker !== null) markDisconnected(state, p, broker);
  for (const id of requestIds) {
    const b = takeInFlight(state, p, id);
    if (b) retryOrFail(state, p, b, 'NETWORK_EXCEPTION');
  }
  const metadataLost = p.metadataRequest !== null && requestIds.includes(p.metadataRequest.requestId);
  if (metadataLost) failMetadataRequest(state, p);
  // Every disconnect requests a metadata update (NetworkClient.processDisconnection).
  refreshMetadata(state, p);
  const waiting = p.batches.some((b) => b.state !== 'inflight' && p.metadata[b.tp]?.leader === broker);
  const reconnectMs = p.connections[String(broker)]?.untilMs - state.timeMs;
  emit(state, { type: 'ProducerConnectionClosed', producer: p.id, from, metadataLost, reconnectMs: Number.isNaN(reconnectMs) ? null : reconnectMs, waiting });
  return true;
}

/** A connect attempt ended, or a reconnect backoff did: send what waits, or back off again. */
export function connectAttemptEnded(state: SimState, p: ProducerState, broker: number): Played | null {
  const result = connectTimer(state, p, broker);
  if (!result) return null;
  if (result.outcome !== 'connected' && p.connections[String(broker)]?.untilMs > state.timeMs) refreshMetadata(state, p);
  sendReady(state, p);
  const waiting = p.batches.some((b) => b.state !== 'inflight' && p.metadata[b.tp]?.leader === broker);
  emit(state, { type: 'ConnectAttemptEnded', producer: p.id, broker, outcome: result.outcome, retryMs: result.retryMs, waiting });
  return true;
}

