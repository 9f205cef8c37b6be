import type { SimState } from '../core/state';
import type { ConsumerView, GroupView } from '../view.types';

export function buildConsumerViews(state: SimState): ConsumerView[] {
  return state.consumers.map((c) => ({
    id: c.id, groupId: c.groupId, status: c.status, assignment: c.assignment,
    positions: Object.entries(c.positions).map(([tp, offset]) => {
      const i = tp.lastIndexOf('-');
      return { topic: tp.slice(0, i), partition: Number(tp.slice(i + 1)), offset };
    }),
    received: c.received, error: c.error,
  }));
}

export function buildGroupViews(state: SimState): GroupView[] {
  return Object.values(state.groups).map((g) => ({
    groupId: g.groupId, generation: g.generation, coordinator: null, protocol: g.protocol, state: g.state,
    members: g.members, committed: [], lag: [],
  }));
}
