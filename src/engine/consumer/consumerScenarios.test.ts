// The read side's scenario files (scenarios/consumers/) played by the runner: their outcomes are
// the reference's, and the engine's invariants hold throughout.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playScenario } from '../../cli/playScenario';
import { parse } from './consumerTestkit.testkit';

interface Output {
  consumers: { id: string; status: string; assignment: { topic: string; partition: number }[]; received: { partition: number; offset: number }[] }[];
  groups: { groupId: string; generation: number; coordinator: number; protocol: string; members: { id: string; assignment: { partition: number }[] }[]; committed: { partition: number; offset: number }[] }[];
  anomalies: unknown[];
  invariantViolations: string[];
}

const dir = join(__dirname, '../../../scenarios/consumers');

function play(name: string): Output {
  return playScenario(parse(JSON.parse(readFileSync(join(dir, name), 'utf8')))) as unknown as Output;
}

const offsetsOf = (out: Output, id: string) => out.consumers.find((c) => c.id === id)!.received.map((r) => r.offset);
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('scenarios/consumers', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.json')))('%s plays without invariant violations or anomalies', (name) => {
    const out = play(name);
    expect(out.invariantViolations).toEqual([]);
    expect(out.anomalies).toEqual([]);
  });

  it('19: earliest reads from 0, latest from the high watermark', () => {
    const out = play('19-auto-offset-reset.json');
    expect(offsetsOf(out, 'early')).toEqual(range(0, 13));
    expect(offsetsOf(out, 'late')).toEqual([10, 11, 12]);
  });

  it('20: the restarted member reprocesses 5..9', () => {
    expect(offsetsOf(play('20-at-least-once.json'), 'c1')).toEqual([...range(0, 10), ...range(5, 10)]);
  });

  it('21: the new owner starts at the auto-committed 10', () => {
    const out = play('21-auto-commit.json');
    expect(offsetsOf(out, 'c1')).toEqual(range(0, 20));
    expect(offsetsOf(out, 'c2')).toEqual(range(10, 20));
  });

  it('22: after c3 leaves, range gives c1 [0,1,2] and c2 [3,4,5]', () => {
    const g = play('22-range-rebalance.json').groups[0];
    expect(g.generation).toBe(2);
    expect(g.members.map((m) => [m.id, m.assignment.map((a) => a.partition)])).toEqual([['c1', [0, 1, 2]], ['c2', [3, 4, 5]]]);
  });

  it('24: two generations for one move', () => {
    const g = play('24-cooperative-sticky.json').groups[0];
    expect(g.generation).toBe(3);
    expect(g.members.map((m) => [m.id, m.assignment.map((a) => a.partition)])).toEqual([['c1', [0, 1]], ['c2', [2]]]);
  });

  it('28: the group moves to broker 4 and keeps its commits', () => {
    const g = play('28-coordinator-failover.json').groups[0];
    expect([g.coordinator, g.generation, g.committed]).toEqual([4, 1, [{ topic: 'orders', partition: 0, offset: 40 }]]);
  });
});
