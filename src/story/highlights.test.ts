import { describe, expect, it } from 'vitest';
import { findLesson } from '../lessons/builtinLessons';
import { lessonRun } from '../lessons/lessonRun.testkit';
import { actingNode, stepHighlights } from './highlights';

describe('step highlights', () => {
  it('names the acting node of every kind of component', () => {
    expect(actingNode('Broker 2')).toBe('broker-2');
    expect(actingNode('Group coordinator (broker 3)')).toBe('broker-3');
    expect(actingNode('Controller (broker 1, via ZooKeeper)')).toBe('controller');
    expect(actingNode('Producer p1')).toBe('p1');
    expect(actingNode('Consumer c1')).toBe('c1');
    expect(actingNode('Network')).toBeNull();
  });

  it('highlights the leader’s replica and the new record when it is appended, and the producer when acked', () => {
    const run = lessonRun(findLesson('first-message')!);
    const appended = run.events.find((e) => e.type === 'RecordAppended')!.step;
    const h = stepHighlights(run.rows[appended - 1].component, run.events, run.viewAt(appended), run.viewAt(appended - 1));
    expect(h.acting).toBe('broker-1');
    expect([...h.replicas]).toEqual(['topic1-0@1']);
    expect([...h.records]).toEqual(['topic1-0@1:0']);
    const acked = run.events.find((e) => e.type === 'ProduceAcked')!.step;
    const a = stepHighlights(run.rows[acked - 1].component, run.events, run.viewAt(acked));
    expect(a.acting).toBe('p1');
    expect([...a.producers]).toEqual(['p1']);
  });

  it('catches a follower’s high watermark arriving without an event of its own', () => {
    const run = lessonRun(findLesson('replication-and-acks')!);
    const step = Array.from({ length: run.stepCount }, (_, i) => i + 1).find((s) => {
      const [a, b] = [run.viewAt(s - 1), run.viewAt(s)];
      return b.partitions.some((p) => p.replicaLogs.some((r) => r.broker !== p.leader && r.highWatermark !== a.partitions.find((x) => x.topic === p.topic && x.partition === p.partition)?.replicaLogs.find((x) => x.broker === r.broker)?.highWatermark));
    })!;
    const h = stepHighlights(run.rows[step - 1].component, [], run.viewAt(step), run.viewAt(step - 1));
    expect(h.replicas.size).toBeGreaterThan(0);
  });
});
