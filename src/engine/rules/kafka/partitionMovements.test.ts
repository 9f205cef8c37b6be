import { describe, expect, it } from 'vitest';
import { PartitionMovements } from './partitionMovements';

const tp = (partition: number, topic = 't') => ({ topic, partition });

describe('PartitionMovements (AbstractStickyAssignor)', () => {
  it('moves the requested partition when nothing moved the other way', () => {
    const moves = new PartitionMovements();
    expect(moves.actualPartitionToMove(tp(0), 'A', 'B')).toEqual(tp(0));
    moves.movePartition(tp(0), 'A', 'B');
    expect(moves.actualPartitionToMove(tp(1), 'A', 'B')).toEqual(tp(1));
  });

  it('moves back a partition of the same topic that went the other way, to stay sticky', () => {
    const moves = new PartitionMovements();
    moves.movePartition(tp(0), 'A', 'B');
    expect(moves.actualPartitionToMove(tp(5), 'B', 'A')).toEqual(tp(0));
    expect(moves.actualPartitionToMove(tp(5, 'u'), 'B', 'A')).toEqual(tp(5, 'u'));
  });

  it('collapses A→B→A into no movement and A→B→C into A→C', () => {
    const moves = new PartitionMovements();
    moves.movePartition(tp(0), 'A', 'B');
    moves.movePartition(tp(0), 'B', 'A');
    expect(moves.actualPartitionToMove(tp(1), 'B', 'A')).toEqual(tp(1));
    moves.movePartition(tp(2), 'A', 'B');
    moves.movePartition(tp(2), 'B', 'C');
    expect(moves.actualPartitionToMove(tp(3), 'C', 'A')).toEqual(tp(2));
  });
});
