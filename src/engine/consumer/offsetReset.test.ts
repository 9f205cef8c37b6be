// Reference §6 scenario 19: a new group with no commits starts where auto.offset.reset says.
import { describe, expect, it } from 'vitest';
import { consumer, consumerSpec, file, offsets, range, simulate } from './consumerTestkit.testkit';

function scenario(reset: 'earliest' | 'latest' | 'none') {
  return file({
    durationMs: 15000,
    consumers: [consumerSpec('c1', 'g1', { autoStart: false }, { 'auto.offset.reset': reset })],
    script: [
      { atMs: 0, do: 'produce', producer: 'p1', topic: 't', value: 'm{i}', count: 10, everyMs: 20 },
      { atMs: 2000, do: 'startConsumer', consumer: 'c1' },
      { atMs: 9000, do: 'produce', producer: 'p1', topic: 't', value: 'n{i}', count: 3, everyMs: 20 },
    ],
  });
}

describe('auto.offset.reset for a group without commits (scenario 19)', () => {
  it('earliest: the first poll starts at offset 0', () => {
    const view = simulate(scenario('earliest')).view();
    expect(offsets(view, 'c1')).toEqual(range(0, 13));
    expect(view.invariantViolations).toEqual([]);
  });

  it('latest: the position is the high watermark (10); only later records are seen', () => {
    const view = simulate(scenario('latest')).view();
    expect(offsets(view, 'c1')).toEqual([10, 11, 12]);
    expect(consumer(view, 'c1').received.map((r) => r.value)).toEqual(['n0', 'n1', 'n2']);
  });

  it('none: NoOffsetForPartitionException, nothing is read', () => {
    const view = simulate(scenario('none')).view();
    const c = consumer(view, 'c1');
    expect(c.error).toMatch(/NoOffsetForPartitionException/);
    expect(c.received).toEqual([]);
    expect(c.assignment).toEqual([{ topic: 't', partition: 0 }]);
  });
});
