import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../scenario/parse';
import { createSimulation } from '../index';
import { FORGET_EVERY } from './oldSends';

// Two producers sending every 8 ms for 12 s, and a group of two consumers reading them once the
// group is formed (~7 s in): 3,000 sends and ~1,500 records received, over 20,000 steps.
const scenario = () => {
  const parsed = parseScenario({
    version: 1,
    title: 'client history',
    seed: 7,
    durationMs: 14_000,
    cluster: { brokers: 3 },
    topics: [{ name: 't', partitions: 3, replicationFactor: 3 }],
    producers: [{ id: 'p1' }, { id: 'p2', config: { acks: '1' } }],
    consumers: [{ id: 'c1', groupId: 'g', topics: ['t'] }, { id: 'c2', groupId: 'g', topics: ['t'] }],
    script: ['p1', 'p2'].map((producer) => ({ atMs: 10, do: 'produce', producer, topic: 't', key: `${producer}-{i}`, value: 'v{i}', count: 1_500, everyMs: 8 })),
  });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return parsed.scenario;
};

const KEEP = 100;

describe('sends kept by the page', () => {
  it('lets old sends go without changing a row, a count or a later view', () => {
    const all = createSimulation(scenario());
    const kept = createSimulation(scenario(), undefined, { sendsKept: KEEP });
    all.runToEnd();
    kept.runToEnd();
    expect(kept.stepCount).toBeGreaterThan(2 * FORGET_EVERY);
    expect(JSON.stringify(kept.rows(1, kept.stepCount))).toBe(JSON.stringify(all.rows(1, all.stepCount)));

    const window = { sends: 24, received: 24, records: 64 };
    expect(kept.view(window)).toEqual(all.view(window));
    // Every producer's list was long enough to lose its oldest, and kept at least its newest KEEP.
    for (const p of kept.raw.producers) {
      const held = p.sends.items().length;
      expect(p.sends.length).toBeGreaterThan(KEEP + FORGET_EVERY / 64);
      expect(held).toBeGreaterThanOrEqual(KEEP);
      expect(held).toBeLessThan(p.sends.length);
    }
    // Records received are all kept (a few bytes each, consumer/receivedRecords.ts): who read a record stays known.
    expect(kept.view().consumers).toEqual(all.view().consumers);
  });

  it('brings the old ones back when stepping back to when they were new', () => {
    const all = createSimulation(scenario());
    const kept = createSimulation(scenario(), undefined, { sendsKept: KEEP });
    kept.runToEnd();
    // Before the first time any went: the live state at the end no longer holds them.
    const early = FORGET_EVERY - 10;
    kept.seek(early);
    all.seek(early);
    expect(kept.view()).toEqual(all.view());
  });

  it('keeps a send still waiting in a batch however old', () => {
    // Every broker crashes early: the producer's batches wait (delivery.timeout.ms is 120 s) while it sends on.
    const parsed = parseScenario({
      version: 1, title: 'stuck batches', seed: 3, durationMs: 8_000, cluster: { brokers: 3 },
      topics: [{ name: 't', partitions: 3, replicationFactor: 3 }], producers: [{ id: 'p1' }],
      script: [
        { atMs: 10, do: 'produce', producer: 'p1', topic: 't', key: 'k{i}', value: 'v{i}', count: 3_500, everyMs: 2 },
        ...[1, 2, 3].map((broker) => ({ atMs: 500, do: 'crashBroker', broker })),
      ],
    });
    if (!parsed.ok) throw new Error('stuck batches scenario');
    const sim = createSimulation(parsed.scenario, undefined, { sendsKept: 1 });
    let oldest = 0;
    // Checked right after each time old ones went (every FORGET_EVERY steps).
    while (sim.runToEnd(FORGET_EVERY) === FORGET_EVERY) {
      const p = sim.raw.producers[0];
      for (const b of p.batches) for (const index of b.sends) expect(p.sends.get(index)?.index).toBe(index);
      oldest = Math.max(oldest, p.sends.length - (p.batches[0]?.sends[0] ?? p.sends.length));
    }
    // A waiting send was far older than the newest kept (the ones kept anyway, a leaf of 32).
    expect(oldest).toBeGreaterThan(64);
  });
});
