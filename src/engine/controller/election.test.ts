// Leader election as the KRaft controller does it (PartitionChangeBuilder): keep a valid leader,
// else the first replica in assignment order that is in the ISR and unfenced; unclean election
// (unclean.leader.election.enable) takes the first live replica; every leader change bumps the epoch.
import { describe, expect, it } from 'vitest';
import type { ControllerState, PartitionMeta } from '../core/state';
import { clusterState } from '../testkit/stateBuilders.testkit';
import { applyElection, elect, electAfterFencing, electPreferred, isUnfenced } from './election';

function controllerWith(fenced: number[]): ControllerState {
  const c = clusterState().controller;
  for (const id of fenced) c.brokers[String(id)].fenced = true;
  return c;
}

function meta(extra: Partial<PartitionMeta> = {}): PartitionMeta {
  return { topic: 't', partition: 0, replicas: [1, 2, 3], leader: 1, leaderEpoch: 4, partitionEpoch: 7, isr: [1, 2, 3], ...extra };
}

describe('clean election', () => {
  it('picks the first replica in assignment order that is in the ISR and unfenced', () => {
    expect(elect(controllerWith([1]), meta({ isr: [1, 3, 2] }), false)).toEqual({ leader: 2, isr: [1, 3, 2], kind: 'clean' });
  });

  it('with no ISR member alive, leaves the partition offline unless unclean election is on', () => {
    const c = controllerWith([1, 2]);
    expect(elect(c, meta({ isr: [1, 2] }), false)).toEqual({ leader: null, isr: [1, 2], kind: 'none' });
  });
});

describe('unclean election', () => {
  it('takes the first live replica outside the ISR and makes it the whole ISR', () => {
    expect(elect(controllerWith([1, 2]), meta({ isr: [1, 2] }), true)).toEqual({ leader: 3, isr: [3], kind: 'unclean' });
  });

  it('prefers a clean choice when there is one', () => {
    expect(elect(controllerWith([1]), meta({ isr: [1, 2] }), true).kind).toBe('clean');
  });
});

describe('after fencing a broker', () => {
  it('removes it from the ISR and keeps a leader that is not it', () => {
    expect(electAfterFencing(controllerWith([3]), meta(), 3, false)).toEqual({ leader: 1, isr: [1, 2], kind: 'none' });
  });

  it('re-elects when it led', () => {
    expect(electAfterFencing(controllerWith([1]), meta(), 1, false)).toEqual({ leader: 2, isr: [2, 3], kind: 'clean' });
  });

  it('never empties the ISR: the last member stays and the partition goes offline (no ELR)', () => {
    expect(electAfterFencing(controllerWith([1, 2, 3]), meta({ isr: [1] }), 1, false)).toEqual({ leader: null, isr: [1], kind: 'none' });
  });
});

describe('preferred leader election', () => {
  it('moves leadership to replicas[0] when it is in the ISR and unfenced', () => {
    expect(electPreferred(controllerWith([]), meta({ leader: 2 }))).toEqual({ leader: 1, isr: [1, 2, 3], kind: 'preferred' });
  });

  it('does nothing when replicas[0] is out of the ISR or fenced', () => {
    expect(electPreferred(controllerWith([]), meta({ leader: 2, isr: [2, 3] })).kind).toBe('none');
    expect(electPreferred(controllerWith([1]), meta({ leader: 2 })).kind).toBe('none');
  });
});

describe('applying a result', () => {
  it('a new leader bumps the leader epoch and the partition epoch', () => {
    expect(applyElection(meta(), { leader: 2, isr: [2, 3], kind: 'clean' })).toMatchObject({ leader: 2, isr: [2, 3], leaderEpoch: 5, partitionEpoch: 8 });
  });

  it('an ISR change alone bumps only the partition epoch', () => {
    expect(applyElection(meta(), { leader: 1, isr: [1, 2], kind: 'none' })).toMatchObject({ leaderEpoch: 4, partitionEpoch: 8 });
  });

  it('no change gives null, and the result is frozen (checkpoints share it)', () => {
    expect(applyElection(meta(), { leader: 1, isr: [1, 2, 3], kind: 'none' })).toBeNull();
    expect(Object.isFrozen(applyElection(meta(), { leader: 2, isr: [2], kind: 'clean' }))).toBe(true);
  });
});

describe('unfenced', () => {
  it('means registered and not fenced', () => {
    const c = controllerWith([2]);
    c.brokers['3'].registered = false;
    expect([1, 2, 3, 4].map((id) => isUnfenced(c, id))).toEqual([true, false, false, false]);
  });
});
