import { describe, expect, it } from 'vitest';
import type { SimState } from './core/state';
import { StatePacker } from './history/packedState';
import { ArchivedList } from './history/recordArchive';
import { createSimulation } from './index';
import { SendArchives } from './sendArchives';
import { scenarioOf } from './testkit/stateBuilders.testkit';
import type { Intervention } from './api.types';
import type { ViewWindow } from './viewWindow';

// Two producers sending every 8 ms for 12 s, one with acks=1, a group of two consumers reading
// them, and broker 2 crashing mid-run: batches wait and retry, so sends settle out of order.
const scenario = () =>
  scenarioOf({
    title: 'archived sends',
    seed: 11,
    durationMs: 14_000,
    topics: [{ name: 't', partitions: 3, replicationFactor: 3 }],
    producers: [{ id: 'p1' }, { id: 'p2', config: { acks: '1' } }],
    consumers: [{ id: 'c1', groupId: 'g', topics: ['t'] }, { id: 'c2', groupId: 'g', topics: ['t'] }],
    script: [
      ...['p1', 'p2'].map((producer) => ({ atMs: 10, do: 'produce', producer, topic: 't', key: `${producer}-{i}`, value: 'v{i}', count: 1_500, everyMs: 8 })),
      { atMs: 6_000, do: 'crashBroker', broker: 2 },
    ],
  });

/** Few sends kept and few checkpoints: old checkpoints hold their sends through the archive, far apart. */
const options = { sendsKept: 100, history: { checkpoints: 12 } };

/** The whole view, every send each producer holds, and a window focused on old sends of both. */
function looks(sim: ReturnType<typeof createSimulation>): string {
  const focus: ViewWindow = { sends: 24, received: 24, records: 64, focus: { sends: [{ producer: 'p1', index: 40 }, { producer: 'p2', index: 700 }, { producer: 'p1', index: 1200 }] } };
  return JSON.stringify([sim.view(), sim.view(focus)]);
}

const STEPS = [1_000, 4_097, 9_000, 12_345, 17_000];

describe('sends archived for checkpoints (a page that lets old sends go)', { timeout: 60_000 }, () => {
  it('stand in for each producer’s sends in a packed state, which unpacks to the same sends', () => {
    const sim = createSimulation(scenario(), undefined, options);
    sim.runToEnd(3_000);
    const packer = new StatePacker();
    const archives = new SendArchives(sim.raw, packer);
    archives.extend(sim.raw);
    const packed = packer.pack(sim.raw);
    archives.stand(sim.raw, packed);
    expect(packed.shared.filter((c) => c instanceof ArchivedList)).toHaveLength(2);
    expect(archives.bytes).toBeGreaterThan(0);
    const back = packer.unpack<SimState>(packed);
    sim.raw.producers.forEach((p, i) => {
      expect(back.producers[i].sends.length).toBe(p.sends.length);
      expect(back.producers[i].sends.items()).toEqual(p.sends.items());
    });
  });

  it('give back, at any step sought later, exactly what the live run had there', () => {
    const sim = createSimulation(scenario(), undefined, options);
    const live = new Map<number, string>();
    for (const step of STEPS) {
      sim.runToEnd(step - sim.stepCount);
      live.set(step, looks(sim));
    }
    sim.runToEnd();
    expect(sim.historyHeld.checkpoints).toBeLessThanOrEqual(12);
    // The checkpoints did read their settled sends from the archive.
    expect(sim.historyHeld.archivedSendBytes).toBeGreaterThan(0);
    for (const step of [...STEPS].reverse()) {
      sim.seek(step);
      expect(looks(sim)).toBe(live.get(step));
    }
  });

  it('fork where a seek lands as a run that never went past it', () => {
    // A record sent at the fork: every send after it is another one than on the first timeline.
    const fork: Intervention = { do: 'produce', producer: 'p1', topic: 't', key: 'fork', value: 'fork', count: 1, everyMs: 0 };
    const forked = createSimulation(scenario(), undefined, options);
    forked.runToEnd();
    forked.seek(9_000);
    forked.intervene(fork);
    forked.runToEnd();
    const straight = createSimulation(scenario(), undefined, options);
    straight.runToEnd(9_000);
    straight.intervene(fork);
    straight.runToEnd();
    expect(forked.stepCount).toBe(straight.stepCount);
    for (const step of [forked.stepCount, 14_000, 11_000, 9_500]) {
      forked.seek(step);
      straight.seek(step);
      expect(looks(forked)).toBe(looks(straight));
    }
    expect(JSON.stringify(forked.rows(9_000, 9_400))).toBe(JSON.stringify(straight.rows(9_000, 9_400)));
  });
});
