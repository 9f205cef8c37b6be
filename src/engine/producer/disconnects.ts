// What the producer does when a request or a connection fails: a request timeout, a closed
// connection (the broker died or refused it), the end of a connect attempt. Each disconnect puts
// the broker in reconnect backoff and requests a metadata update (NetworkClient).
import { brokerIdOf, type RowText } from '../core/context';
import type { ProducerState, SimState } from '../core/state';
import { connectTimer, markDisconnected } from './connections';
import { failMetadataRequest, refreshMetadata } from './metadata';
import { producerSpec } from './producerConfig';
import { drain, retryOrFail, takeInFlight } from './sender';

export function requestTimedOut(state: SimState, p: ProducerState, requestId: number): RowText | null {
  const broker = p.inFlight.get(requestId)?.broker;
  const b = takeInFlight(state, p, requestId);
  if (!b) return null;
  // NetworkClient disconnects a node whose request timed out; the next send reconnects first.
  if (broker !== undefined) markDisconnected(state, p, broker);
  const what = retryOrFail(state, p, b, 'REQUEST_TIMED_OUT');
  return { component: `Producer ${p.id}`, action: `No answer for ${b.tp} within request.timeout.ms (${producerSpec(state, p.id).config.requestTimeoutMs} ms)`, messageState: 'Not acknowledged', output: what };
}

/** The connection to a broker closed (its process died, or it refused a request). */
export function connectionClosed(state: SimState, p: ProducerState, from: string, requestIds: number[]): RowText {
  const broker = brokerIdOf(from);
  if (broker !== null) markDisconnected(state, p, broker);
  const notes: string[] = [];
  for (const id of requestIds) {
    const b = takeInFlight(state, p, id);
    if (b) notes.push(`${b.tp}: ${retryOrFail(state, p, b, 'NETWORK_EXCEPTION')}`);
  }
  const metadataLost = p.metadataRequest !== null && requestIds.includes(p.metadataRequest.requestId);
  if (metadataLost) {
    failMetadataRequest(state, p);
    notes.push('its metadata request is lost; it will ask another broker');
  }
  // Every disconnect requests a metadata update (NetworkClient.processDisconnection).
  refreshMetadata(state, p);
  const waiting = p.batches.some((b) => b.state !== 'inflight' && p.metadata[b.tp]?.leader === broker);
  return {
    component: `Producer ${p.id}`,
    action: `Connection to ${from} closed`,
    messageState: notes.length > 0 ? 'Requests in flight are lost' : 'Nothing was in flight',
    output: [...notes, `reconnects after ${p.connections[String(broker)]?.untilMs - state.timeMs} ms${waiting ? '; batches for it wait in the accumulator' : ''}`].join('; '),
  };
}

/** A connect attempt ended, or a reconnect backoff did: send what waits, or back off again. */
export function connectAttemptEnded(state: SimState, p: ProducerState, broker: number): RowText | null {
  const result = connectTimer(state, p, broker);
  if (!result) return null;
  if (!result.connected && p.connections[String(broker)]?.untilMs > state.timeMs) refreshMetadata(state, p);
  const sent = drain(state, p);
  const waiting = p.batches.some((b) => b.state !== 'inflight' && p.metadata[b.tp]?.leader === broker);
  return {
    component: `Producer ${p.id}`,
    action: result.text.charAt(0).toUpperCase() + result.text.slice(1),
    messageState: result.connected ? 'Connection ready' : `Not connected to broker ${broker}`,
    output: sent.length > 0 ? sent.join('; ') : waiting ? 'Batches for it wait in the accumulator' : 'Nothing waits for it',
    routine: sent.length === 0 && !waiting,
  };
}

