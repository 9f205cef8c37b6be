// The producer's connections to brokers, as NetworkClient keeps them. A batch is sent only to a
// ready (connected) leader (Sender.sendProducerData → NetworkClient.ready); otherwise it waits in
// the accumulator while the client connects. A connection that fails or closes — a crashed broker's
// sockets close, a request times out — puts the node in reconnect backoff (reconnect.backoff.ms
// 50, doubling to reconnect.backoff.max.ms 1000) and requests a metadata update
// (NetworkClient.processDisconnection, DefaultMetadataUpdater). The cluster starts running, so
// every producer starts connected to every broker.
import { brokerNode, setTimer } from '../core/context';
import { linkIsCut } from '../core/network';
import type { ProducerState, SimState } from '../core/state';

const RECONNECT_BACKOFF_MS = 50;
const RECONNECT_BACKOFF_MAX_MS = 1000;
/** socket.connection.setup.timeout.ms: how long a connect over a cut link takes to fail. */
const CONNECTION_SETUP_TIMEOUT_MS = 10000;

/** NetworkClient.ready: true when a request can go to the broker now; otherwise starts connecting when it may. */
export function nodeReady(state: SimState, p: ProducerState, broker: number): boolean {
  const conn = p.connections[String(broker)];
  if (!conn) return true;
  if (conn.state === 'connecting') return false;
  if (state.timeMs < conn.untilMs) {
    setTimer(state, conn.untilMs, { type: 'producerConnect', producer: p.id, broker });
    return false;
  }
  // A connect takes a round trip; over a cut link it fails at the connection setup timeout.
  const roundTrip = 2 * state.scenario.cluster.network.latencyMs;
  const doneMs = state.timeMs + (linkIsCut(state, p.id, brokerNode(broker)) ? CONNECTION_SETUP_TIMEOUT_MS : Math.max(1, roundTrip));
  p.connections = { ...p.connections, [String(broker)]: { ...conn, state: 'connecting', untilMs: doneMs } };
  setTimer(state, doneMs, { type: 'producerConnect', producer: p.id, broker });
  return false;
}

/** True when the producer holds (or believes it holds) a connection to the broker. */
export function isConnected(p: ProducerState, broker: number): boolean {
  return !p.connections[String(broker)];
}

/** The connection failed or closed: back off before the next attempt. */
export function markDisconnected(state: SimState, p: ProducerState, broker: number): void {
  const failures = (p.connections[String(broker)]?.failures ?? 0) + 1;
  const backoff = Math.min(RECONNECT_BACKOFF_MAX_MS, RECONNECT_BACKOFF_MS * 2 ** (failures - 1));
  p.connections = { ...p.connections, [String(broker)]: { state: 'backoff', untilMs: state.timeMs + backoff, failures } };
}

/** A node a request may go to now: connected, or free to connect (leastLoadedNode's candidates). */
export function canTry(state: SimState, p: ProducerState, broker: number): boolean {
  const conn = p.connections[String(broker)];
  return !conn || (conn.state === 'backoff' && state.timeMs >= conn.untilMs);
}

/** When the earliest reconnect backoff ends (for a metadata request with no node to ask). */
export function earliestRetryMs(p: ProducerState): number | null {
  const times = Object.values(p.connections).filter((c) => c.state === 'backoff').map((c) => c.untilMs);
  return times.length > 0 ? Math.min(...times) : null;
}

/** How a connect attempt (or a reconnect backoff) ended: refused when the broker is down, timedOut over a cut link. */
export type ConnectOutcome = 'backoffOver' | 'connected' | 'refused' | 'timedOut';

/**
 * A connect attempt ends, or a reconnect backoff does: how it ended, and after a failure the new
 * reconnect backoff (retryMs); null when there is no attempt to end.
 */
export function connectTimer(state: SimState, p: ProducerState, broker: number): { outcome: ConnectOutcome; retryMs: number } | null {
  const conn = p.connections[String(broker)];
  if (!conn) return null;
  if (conn.state === 'backoff') return { outcome: 'backoffOver', retryMs: 0 };
  const up = state.brokers[broker - 1].up;
  if (up && !linkIsCut(state, p.id, brokerNode(broker))) {
    const { [String(broker)]: _, ...rest } = p.connections;
    p.connections = rest;
    return { outcome: 'connected', retryMs: 0 };
  }
  markDisconnected(state, p, broker);
  return { outcome: up ? 'timedOut' : 'refused', retryMs: p.connections[String(broker)].untilMs - state.timeMs };
}
