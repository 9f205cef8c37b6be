// The replica log against Kafka's UnifiedLog and the follower fetcher (issue 13, point 6 and the
// log items of point 8). Each case plays a scenario file from scenarios/reference/.
import { describe, expect, it } from 'vitest';
import { play, values } from './scenarioFixture.testkit';

describe('retention runs a time pass, then a size pass (UnifiedLog.deleteOldSegments)', () => {
  it('deletes the expired segment and keeps the young ones once the log fits retention.bytes', () => {
    expect(values(play('reference/l6-retention-passes.json', { untilMs: 5500 }), 1)).toEqual(['o0', 'o1', 'young-y0', 'young-y1', 'young-y2']);
    const after = play('reference/l6-retention-passes.json', { untilMs: 6500 });
    expect(values(after, 1)).toEqual(['young-y0', 'young-y1', 'young-y2']);
    expect(after.anomalies).toEqual([]);
  });
});

describe('segments roll per append; retention.ms measures CreateTime', () => {
  const FILE = 'reference/l8-segment-per-batch-createtime.json';
  it('a batch bigger than segment.bytes stays in one segment and is deleted whole', () => {
    expect(values(play(FILE, { untilMs: 6500 }), 1)).toEqual(['0', '1', '2', 'late', 'd-is-long']);
    expect(values(play(FILE, { untilMs: 7500 }), 1)).toEqual(['late', 'd-is-long']);
  });
  it('a record created while the broker was down expires by its CreateTime, not its append time', () => {
    // Created at 1 s, appended after 3 s: retention.ms 6 s takes it at the 8 s check.
    expect(values(play(FILE, { untilMs: 8500 }), 1)).toEqual(['d-is-long']);
  });
});

describe("a follower's HW is min(leader HW, own log end), and can fall (UnifiedLog.updateHighWatermark)", () => {
  const FILE = 'reference/l8-follower-hw-follows-leader.json';
  it('broker 2 had HW 1 under broker 1; under broker 3, whose HW is 0, it has 0', () => {
    const before = play(FILE, { untilMs: 9000 }).partitions[0];
    expect(before.replicaLogs['2']).toMatchObject({ highWatermark: 1, logEndOffset: 1 });
    const after = play(FILE, { untilMs: 11000 });
    expect(after.partitions[0]).toMatchObject({ leader: 3, highWatermark: 0 });
    expect(after.partitions[0].replicaLogs['2']).toMatchObject({ highWatermark: 0, logEndOffset: 1 });
    expect(after.invariantViolations).toEqual([]);
  });
});
