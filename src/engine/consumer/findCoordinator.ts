// FindCoordinator on any broker: the group's coordinator is the leader of its __consumer_offsets
// partition (coordinatorPlacement.ts); none is available while no broker of that partition is up.
import { emit, type Played } from '../core/context';
import type { BrokerState, SimState } from '../core/state';
import type { Wire } from '../core/wire';
import { groupCoordinatorPartition } from '../rules/kafka/coordinator';
import { answer } from './clientNet';
import { coordinatorOf } from './coordinatorPlacement';

export function handleFindCoordinator(state: SimState, broker: BrokerState, from: string, req: Wire<'FindCoordinatorRequest'>): Played {
  const coordinator = coordinatorOf(state, req.groupId);
  const p = groupCoordinatorPartition(req.groupId);
  answer(state, broker.id, from, { type: 'FindCoordinatorResponse', requestId: req.requestId, coordinator, error: coordinator === null ? 'COORDINATOR_NOT_AVAILABLE' : null });
  emit(state, { type: 'FindCoordinatorAnswered', broker: broker.id, consumer: from, groupId: req.groupId, offsetsPartition: p, coordinator });
  return true;
}
