// When a broker process dies its sockets close: every client or follower with a request open to
// it hears so after one network delay (as a TCP reset), instead of waiting for a timeout.
import { brokerNode } from '../core/context';
import { send } from '../core/network';
import type { SimState } from '../core/state';
import { consumersLoseBroker } from '../consumer/brokerCrash';
import { isConnected } from '../producer/connections';

export function notifyConnectionsClosed(state: SimState, brokerId: number): number {
  let count = 0;
  const from = brokerNode(brokerId);
  for (const producer of state.producers) {
    // Request ids grow, and the Map keeps insertion order: oldest request first.
    const requestIds = [...producer.inFlight].filter(([, f]) => f.broker === brokerId).map(([id]) => id);
    if (producer.metadataRequest?.broker === brokerId) requestIds.push(producer.metadataRequest.requestId);
    // Every connected producer hears the socket close, even with nothing in flight.
    if (requestIds.length === 0 && !isConnected(producer, brokerId)) continue;
    send(state, from, producer.id, { type: 'ConnectionClosed', requestIds });
    count += requestIds.length;
  }
  for (const other of state.brokers) {
    const session = other.fetchSessions[String(brokerId)];
    if (other.id === brokerId || !other.up || !session?.inFlight) continue;
    send(state, from, brokerNode(other.id), { type: 'ConnectionClosed', requestIds: [session.requestId] });
    count++;
  }
  count += consumersLoseBroker(state, brokerId);
  return count;
}
