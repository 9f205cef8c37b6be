// Looking up a producer and its configuration: an unknown id is a clear error, not a crash later.
import { describe, expect, it } from 'vitest';
import { clusterState } from '../testkit/stateBuilders.testkit';
import { findProducer, producerSpec } from './producerConfig';

describe('producer lookup', () => {
  const state = clusterState({ producers: [{ id: 'p1', config: { acks: '1' } }, { id: 'p2', config: {} }] });

  it('finds the producer state and its configuration by id', () => {
    expect(findProducer(state, 'p2').id).toBe('p2');
    expect(producerSpec(state, 'p1').config.acks).toBe('1');
  });

  it('names an unknown producer', () => {
    expect(() => findProducer(state, 'p9')).toThrow('unknown producer p9');
    expect(() => producerSpec(state, 'p9')).toThrow('unknown producer p9');
  });
});
