// Reference §6 scenarios 20 and 21: where a crashed consumer's successor resumes decides between
// at-least-once (commit after processing, auto-commit) and at-most-once (commit before processing).
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../timeline';
import { consumerSpec, createSim, file, group, offsets, range } from './consumerTestkit.testkit';

/** Plays until consumer `id` has polled `offset`, then crashes it there (a teacher's intervention). */
function crashAfterPolling(sim: Timeline, id: string, offset: number): number {
  for (;;) {
    const row = sim.stepForward();
    if (!row) throw new Error(`${id} never polled offset ${offset}`);
    const polled = sim.events(row.step, row.step).some((e) => e.type === 'RecordsPolled' && e.consumer === id && e.offset === offset);
    if (polled) {
      sim.intervene({ do: 'crashConsumer', consumer: id });
      return row.timeMs;
    }
  }
}

function commitScenario(commitMode: string, restartAtMs: number) {
  return file({
    durationMs: 18000,
    consumers: [consumerSpec('c1', 'g1', { commitMode, processingMs: 200 }, { 'max.poll.records': 5, 'session.timeout.ms': 6000, 'heartbeat.interval.ms': 2000 })],
    script: [
      { atMs: 0, do: 'produce', producer: 'p1', topic: 't', value: 'm{i}', count: 10, everyMs: 10 },
      { atMs: restartAtMs, do: 'startConsumer', consumer: 'c1' },
    ],
  });
}

describe('at-least-once vs at-most-once after a crash (scenario 20)', () => {
  it('commit after processing: the restarted member resumes at 5 and reprocesses 5..9', () => {
    const sim = createSim(commitScenario('after-processing', 9000));
    crashAfterPolling(sim, 'c1', 5);
    sim.runToEnd();
    const view = sim.view();
    expect(offsets(view, 'c1')).toEqual([...range(0, 10), ...range(5, 10)]);
    expect(group(view, 'g1').committed).toEqual([{ topic: 't', partition: 0, offset: 10 }]);
    expect(view.invariantViolations).toEqual([]);
  });

  it('commit before processing: 10 is committed first, so 5..9 are never processed again', () => {
    const sim = createSim(commitScenario('before-processing', 9000));
    crashAfterPolling(sim, 'c1', 5);
    sim.runToEnd();
    const view = sim.view();
    expect(offsets(view, 'c1')).toEqual(range(0, 10));
    expect(group(view, 'g1').committed).toEqual([{ topic: 't', partition: 0, offset: 10 }]);
  });
});

describe('auto-commit commits the previous poll, at the start of poll() (scenario 21)', () => {
  const scenario = file({
    durationMs: 26000,
    consumers: [
      consumerSpec('c1', 'g1', { processingMs: 600 }, { 'max.poll.records': 10, 'session.timeout.ms': 6000, 'heartbeat.interval.ms': 2000, 'auto.commit.interval.ms': 5000 }),
      consumerSpec('c2', 'g1', {}, { 'session.timeout.ms': 6000, 'heartbeat.interval.ms': 2000 }),
    ],
    script: [
      { atMs: 0, do: 'produce', producer: 'p1', topic: 't', value: 'm{i}', count: 10, everyMs: 10 },
      { atMs: 7000, do: 'produce', producer: 'p1', topic: 't', value: 'n{i}', count: 10, everyMs: 10 },
    ],
  });

  it('poll #2, 6000 ms after poll #1, commits 10 before fetching; after a crash the new owner reprocesses 10..19', () => {
    const sim = createSim(scenario);
    const polled: { atMs: number; first: number }[] = [];
    const autoCommits: { atMs: number; output: string }[] = [];
    for (;;) {
      const row = sim.stepForward()!;
      if (row.component === 'Consumer c1' && row.output.includes('auto-commit')) autoCommits.push({ atMs: row.timeMs, output: row.output });
      const e = sim.events(row.step, row.step).find((x) => x.type === 'RecordsPolled' && x.consumer === 'c1');
      if (!e) continue;
      polled.push({ atMs: row.timeMs, first: e.offset! });
      if (polled.length === 2) break;
    }
    // Right after poll #2 returned 10..19, before their processing ends.
    sim.intervene({ do: 'crashConsumer', consumer: 'c1' });
    sim.runToEnd();
    const view = sim.view();
    expect(polled.map((p) => p.first)).toEqual([0, 10]);
    // poll #2 is called when the 6000 ms of processing end; its auto-commit goes out before its fetch.
    expect(autoCommits).toHaveLength(1);
    expect(autoCommits[0].atMs - polled[0].atMs).toBe(6000);
    expect(autoCommits[0].output).toMatch(/^auto-commit of t-0@10 .*; fetch sent/);
    expect(polled[1].atMs).toBeGreaterThan(autoCommits[0].atMs);
    expect(offsets(view, 'c1')).toEqual(range(0, 20));
    expect(group(view, 'g1').members.map((m) => m.id)).toEqual(['c2']);
    expect(offsets(view, 'c2')).toEqual(range(10, 20));
    expect(view.invariantViolations).toEqual([]);
  });
});
