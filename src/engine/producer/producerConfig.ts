import { findByKey } from '../core/findByKey';
import type { ProducerState, SimState } from '../core/state';

const specId = (p: SimState['scenario']['producers'][number]) => p.id;

export function producerSpec(state: SimState, id: string) {
  const spec = findByKey(state.scenario.producers, id, specId);
  if (!spec) throw new Error(`unknown producer ${id}`);
  return spec;
}

export function findProducer(state: SimState, id: string): ProducerState {
  const p = state.producers.find((x) => x.id === id);
  if (!p) throw new Error(`unknown producer ${id}`);
  return p;
}
