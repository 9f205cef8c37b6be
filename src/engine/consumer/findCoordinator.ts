// FindCoordinator on any broker: the group's coordinator is the leader of its __consumer_offsets
// partition (coordinatorPlacement.ts); none is available while no broker of that partition is up.
import type { RowText } from '../core/context';
import type { BrokerState, SimState } from '../core/state';
import type { Wire } from '../core/wire';
import { groupCoordinatorPartition } from '../rules/kafka/coordinator';
import { answer } from './clientNet';
import { coordinatorOf } from './coordinatorPlacement';

export function handleFindCoordinator(state: SimState, broker: BrokerState, from: string, req: Wire<'FindCoordinatorRequest'>): RowText {
  const coordinator = coordinatorOf(state, req.groupId);
  const p = groupCoordinatorPartition(req.groupId);
  answer(state, broker.id, from, { type: 'FindCoordinatorResponse', requestId: req.requestId, coordinator, error: coordinator === null ? 'COORDINATOR_NOT_AVAILABLE' : null });
  return {
    component: `Broker ${broker.id}`, action: `Consumer ${from} asked who coordinates group ${req.groupId}`,
    messageState: `The leader of __consumer_offsets partition ${p} coordinates it`,
    output: coordinator === null ? 'COORDINATOR_NOT_AVAILABLE: no broker of that partition is up' : `Broker ${coordinator}`,
  };
}
