import type { ProducerState, SimState } from '../core/state';

export function producerSpec(state: SimState, id: string) {
  const spec = state.scenario.producers.find((p) => p.id === id);
  if (!spec) throw new Error(`unknown producer ${id}`);
  return spec;
}

export function findProducer(state: SimState, id: string): ProducerState {
  const p = state.producers.find((x) => x.id === id);
  if (!p) throw new Error(`unknown producer ${id}`);
  return p;
}
