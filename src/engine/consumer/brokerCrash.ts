// What a broker's crash means for the read side, called by the broker when its sockets close: the
// groups it coordinated move to the next coordinator, and each consumer with a request open to it
// hears its connection close (its NetworkClient sees the reset) instead of waiting for a timeout.
import { brokerNode } from '../core/context';
import { send } from '../core/network';
import type { SimState } from '../core/state';
import { moveGroupsOffCrashedBroker } from './groupCoordinator';

/** Returns how many consumer requests the crash ended. */
export function consumersLoseBroker(state: SimState, brokerId: number): number {
  moveGroupsOffCrashedBroker(state, brokerId);
  let count = 0;
  for (const c of state.consumers) {
    if (c.life !== 'running' && c.life !== 'closing') continue;
    for (const [id, r] of c.inFlight) {
      if (r.broker !== brokerId) continue;
      send(state, brokerNode(brokerId), c.id, { type: 'ConnectionClosed', requestIds: [id], seenByClient: true });
      count++;
    }
  }
  return count;
}
