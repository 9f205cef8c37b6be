// The simulated network: one-way latency with seeded jitter, cut links and isolated nodes.
// A message to a crashed broker is refused (the sender hears a closed connection); a message on a
// cut link is lost silently (the sender only finds out when its request times out).
import { brokerIdOf, nextId, schedule } from './context';
import type { NetBody, NetMessage } from './events';
import { shownNames } from './wire';
import { nextInt } from './prng';
import type { SimState } from './state';

export function linkIsCut(state: SimState, a: string, b: string): boolean {
  const { isolated, cutLinks } = state.network;
  // Asked of every message delivered: a whole network (nearly always) answers before any closure is made.
  if (isolated.length === 0 && cutLinks.length === 0) return false;
  if (isolated.includes(a) || isolated.includes(b)) return true;
  return cutLinks.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

export function nodeIsDown(state: SimState, node: string): boolean {
  const id = brokerIdOf(node);
  return id !== null && !state.brokers[id - 1]?.up;
}

export function latencyMs(state: SimState): number {
  const { latencyMs, jitterMs } = state.scenario.cluster.network;
  return latencyMs + (jitterMs > 0 ? nextInt(state, jitterMs + 1) : 0);
}

/** Link names made so far ("p1>broker-2"), by sender and receiver; bounded like tpKey's. */
const linkNames = new Map<string, Map<string, string>>();
const MAX_SENDERS_CACHED = 1024;

/** The same string for the same link every time: no garbage per message, and a quick property lookup. */
function linkName(from: string, to: string): string {
  let byReceiver = linkNames.get(from);
  if (byReceiver === undefined) {
    if (linkNames.size >= MAX_SENDERS_CACHED) linkNames.clear();
    linkNames.set(from, (byReceiver = new Map()));
  }
  let name = byReceiver.get(to);
  if (name === undefined) byReceiver.set(to, (name = `${from}>${to}`));
  return name;
}

/** Puts a message on the wire; it arrives after the link's latency (or is lost, see deliver). */
export function send(state: SimState, from: string, to: string, body: NetBody): NetMessage {
  // One TCP connection per pair of nodes: jitter never lets a later message overtake an earlier one.
  const link = linkName(from, to);
  const deliverAtMs = Math.max(state.timeMs + latencyMs(state), state.network.lastDeliverAtMs[link] ?? 0);
  state.network.lastDeliverAtMs[link] = deliverAtMs;
  const msg: NetMessage = { id: nextId(state), from, to, sentAtMs: state.timeMs, deliverAtMs, body };
  schedule(state, msg.deliverAtMs, { kind: 'deliver', msg });
  return msg;
}

export { requestIdOf } from './wire';

/** The names a message is shown under (see shownNames): a consumer's by the read side's names. */
export function messageNames(state: SimState, msg: NetMessage): { kind: string; label: string } {
  const b = msg.body;
  const consumerEnd = b.type === 'ConnectionClosed' ? b.seenByClient === true : state.consumers.some((c) => c.id === msg.from || c.id === msg.to);
  return shownNames(b, consumerEnd);
}

export type DeliveryFate = 'deliver' | 'lost' | 'refused';

/** Decided when the message arrives, so a link cut or crash while it travels still counts. */
export function deliveryFate(state: SimState, msg: NetMessage): DeliveryFate {
  if (linkIsCut(state, msg.from, msg.to)) return 'lost';
  if (nodeIsDown(state, msg.to)) return 'refused';
  return 'deliver';
}
