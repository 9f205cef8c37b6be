import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK } from './blockLog';
import { loadScenario } from '../fidelity/scenarioFixture.testkit';
import { createSimulation } from '../index';

// The f1 walk-through with a producer that keeps sending: several thousand steps, several blocks.
// Sends are 30 ms apart, longer than a round trip, so each travels in its own request (closer
// sends would share batches and make fewer steps).
const scenario = () =>
  loadScenario('reference/f1-acks1-loss.json', (raw) => {
    raw.durationMs = 60000;
    (raw.script as Record<string, unknown>[]).push({ atMs: 50, do: 'produce', producer: 'p1', topic: 't', key: 'k{i}', value: 'v{i}', count: 1900, everyMs: 30 });
  });

const tight = { history: { checkpoints: 6, eventBytes: 0 } };
const roomy = { history: { checkpoints: 100_000, eventBytes: Number.POSITIVE_INFINITY } };

// Two whole runs a test, one of them replaying what it dropped: slow on a loaded machine.
describe('a timeline within a tight history budget', { timeout: 60_000 }, () => {
  it('drops old history and still gives back exactly the rows, events and views of a run that kept it all', () => {
    const kept = createSimulation(scenario(), undefined, roomy);
    const thin = createSimulation(scenario(), undefined, tight);
    kept.runToEnd();
    thin.runToEnd();
    expect(thin.stepCount).toBeGreaterThan(4 * 1024);
    expect(thin.historyHeld.checkpoints).toBeLessThanOrEqual(6);
    expect(thin.historyHeld.droppedBlocks).toBeGreaterThan(0);
    for (const [from, to] of [[1, 40], [1000, 1100], [2040, 2060], [thin.stepCount - 5, thin.stepCount]]) {
      expect(JSON.stringify(thin.rows(from, to))).toBe(JSON.stringify(kept.rows(from, to)));
      expect(JSON.stringify(thin.events(from, to))).toBe(JSON.stringify(kept.events(from, to)));
    }
    for (const step of [3000, 17, 2500, thin.stepCount - 1]) {
      thin.seek(step);
      kept.seek(step);
      expect(JSON.stringify(thin.view())).toBe(JSON.stringify(kept.view()));
    }
  });

  it('forks in a dropped stretch exactly as a run that kept everything', () => {
    const kept = createSimulation(scenario(), undefined, roomy);
    const thin = createSimulation(scenario(), undefined, tight);
    for (const sim of [kept, thin]) {
      sim.seek(3500);
      sim.seek(1500);
      sim.intervene({ do: 'crashBroker', broker: 2 });
      sim.runToEnd();
    }
    expect(thin.stepCount).toBe(kept.stepCount);
    expect(thin.historyHeld.droppedBlocks).toBeGreaterThan(0);
    expect(JSON.stringify(thin.rows(1400, 1600))).toBe(JSON.stringify(kept.rows(1400, 1600)));
    expect(JSON.stringify(thin.view())).toBe(JSON.stringify(kept.view()));
  });
});

describe('seeks into a thinned stretch', { timeout: 60_000 }, () => {
  it('leave a checkpoint there that gives back exactly the same run, interventions at its step included', () => {
    const kept = createSimulation(scenario(), undefined, roomy);
    // Three checkpoints: step 0, the newest, one between; none near step 1750.
    const thin = createSimulation(scenario(), undefined, { history: { ...tight.history, checkpoints: 3 } });
    for (const sim of [kept, thin]) {
      sim.seek(1750);
      sim.intervene({ do: 'produce', producer: 'p1', topic: 't', key: 'forked', value: 'once', count: 1, everyMs: 0 });
      sim.runToEnd();
    }
    // The first seek replays from step 0 and leaves a checkpoint at 1750, the step of the send.
    for (const step of [1900, 1800, 1751, 1760, 1749, 2000]) {
      thin.seek(step);
      kept.seek(step);
      expect(JSON.stringify(thin.view())).toBe(JSON.stringify(kept.view()));
      expect(JSON.stringify(thin.rows(step - 3, step))).toBe(JSON.stringify(kept.rows(step - 3, step)));
    }
    expect(thin.historyHeld.visits).toBeGreaterThan(0);
  });
});

// A budget of bytes small enough that the run's ten thousand steps thin the checkpoints (about
// 10 KB each 250 steps apart) and drop events.
const CHECKPOINT_BYTES = 100_000;
const smallBytes = { history: { checkpointBytes: CHECKPOINT_BYTES, eventBytes: 20_000 } };
// Thinned by count, with room in bytes for visits (a visit holds what changes before the checkpoint
// after it: here, 1,000 steps or more away, a good part of the cluster).
const fewCheckpoints = { history: { checkpoints: 12, checkpointBytes: 4_000_000, eventBytes: 20_000 } };

describe('a timeline within a budget of bytes', { timeout: 120_000 }, () => {
  it('seeks anywhere, in any order, to exactly the rows, events and views of a run that kept it all', () => {
    const kept = createSimulation(scenario(), undefined, roomy);
    const thin = createSimulation(scenario(), undefined, fewCheckpoints);
    kept.runToEnd();
    thin.runToEnd();
    const n = thin.stepCount;
    expect(n).toBe(kept.stepCount);
    expect(thin.historyHeld.droppedBlocks).toBeGreaterThan(0);
    const same = (step: number) => {
      thin.seek(step);
      kept.seek(step);
      expect(thin.currentStep).toBe(step);
      expect(JSON.stringify(thin.view())).toBe(JSON.stringify(kept.view()));
      const from = Math.max(1, step - 70);
      const to = Math.min(n, step + 70);
      expect(JSON.stringify(thin.rows(from, to))).toBe(JSON.stringify(kept.rows(from, to)));
      expect(JSON.stringify(thin.events(from, to))).toBe(JSON.stringify(kept.events(from, to)));
    };
    // Far jumps, steps back, small drags either way, block edges.
    const move = fc.oneof(
      fc.integer({ min: 0, max: n }).map((s) => () => s),
      fc.integer({ min: 1, max: 40 }).map((d) => (at: number) => Math.max(0, at - d)),
      fc.integer({ min: -700, max: 700 }).map((d) => (at: number) => Math.min(n, Math.max(0, at + d))),
      fc.integer({ min: 1, max: Math.floor(n / BLOCK) }).chain((b) => fc.integer({ min: -2, max: 2 }).map((d) => () => Math.min(n, b * BLOCK + d))),
    );
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 8 }), (moves) => {
        for (const m of moves) same(m(thin.currentStep));
      }),
      { numRuns: 12 },
    );
    expect(thin.historyHeld.visits).toBeGreaterThan(0);
    expect(thin.historyHeld.checkpointBytes).toBeLessThanOrEqual(4_000_000);
  });

  it('holds no more than its budget of checkpoints on a long run, however it is sought', () => {
    const thin = createSimulation(scenario(), undefined, smallBytes);
    thin.runToEnd();
    expect(thin.historyHeld.checkpointBytes).toBeLessThanOrEqual(CHECKPOINT_BYTES);
    expect(thin.historyHeld.checkpoints).toBeLessThan((thin.stepCount / 250) * 0.75);
    for (const step of [4000, 100, 2500, 2490, 2480, 3900, 1000, thin.stepCount]) thin.seek(step);
    expect(thin.historyHeld.checkpointBytes).toBeLessThanOrEqual(CHECKPOINT_BYTES);
  });

  it('replays a dropped block once: the seek restores it on the way, and reading it replays nothing more', () => {
    // Room for about five blocks of events (a block of this run packs to some 40 KB): a seek's blocks stay while they are read.
    const thin = createSimulation(scenario(), undefined, { history: { checkpoints: 6, eventBytes: 200_000 } });
    thin.runToEnd();
    const target = 2 * BLOCK + 100;
    expect(thin.historyHeld.droppedBlocks).toBeGreaterThanOrEqual(5);
    const replayedBefore = thin.historyHeld.replayedSteps;
    thin.seek(target);
    const bySeek = thin.historyHeld.replayedSteps - replayedBefore;
    // From a checkpoint at or before the block's first step to the block's last step, once.
    expect(bySeek).toBeGreaterThanOrEqual(BLOCK);
    expect(bySeek).toBeLessThanOrEqual(3 * BLOCK);
    thin.rows(2 * BLOCK + 1, 3 * BLOCK);
    thin.events(target, target);
    expect(thin.historyHeld.replayedSteps - replayedBefore).toBe(bySeek);
    // Close to a block's edge the rows shown around the step reach into the next block (or the one
    // before): the same replay restores it.
    for (const edge of [BLOCK + 10, 4 * BLOCK - 10]) {
      thin.seek(edge);
      const replayed = thin.historyHeld.replayedSteps;
      thin.rows(edge - 64, edge + 64);
      expect(thin.historyHeld.replayedSteps).toBe(replayed);
    }
    const kept = createSimulation(scenario(), undefined, roomy);
    kept.runToEnd();
    expect(JSON.stringify(thin.rows(2 * BLOCK + 1, 3 * BLOCK))).toBe(JSON.stringify(kept.rows(2 * BLOCK + 1, 3 * BLOCK)));
    expect(JSON.stringify(thin.rows(BLOCK - 60, BLOCK + 60))).toBe(JSON.stringify(kept.rows(BLOCK - 60, BLOCK + 60)));
    expect(JSON.stringify(thin.rows(4 * BLOCK - 60, 4 * BLOCK + 60))).toBe(JSON.stringify(kept.rows(4 * BLOCK - 60, 4 * BLOCK + 60)));
  });

  it('a long replay restores only the blocks the seek shows, not those it passes on the way', () => {
    // Three checkpoints (step 0, one between, the newest) and room for about five blocks of events (some 12 KB each).
    const thin = createSimulation(scenario(), undefined, { history: { checkpoints: 3, eventBytes: 60_000 } });
    thin.runToEnd();
    thin.rows(1, 10);
    const target = 7 * BLOCK + 100;
    const replayedBefore = thin.historyHeld.replayedSteps;
    thin.seek(target);
    // Through five dropped blocks or more: restoring them all would push block 0 out again.
    expect(thin.historyHeld.replayedSteps - replayedBefore).toBeGreaterThanOrEqual(5 * BLOCK);
    const replayed = thin.historyHeld.replayedSteps;
    thin.rows(1, 10);
    thin.rows(7 * BLOCK + 1, 8 * BLOCK);
    expect(thin.historyHeld.replayedSteps).toBe(replayed);
    const kept = createSimulation(scenario(), undefined, roomy);
    kept.runToEnd();
    kept.seek(target);
    expect(JSON.stringify(thin.view())).toBe(JSON.stringify(kept.view()));
    expect(JSON.stringify(thin.rows(7 * BLOCK + 1, 8 * BLOCK))).toBe(JSON.stringify(kept.rows(7 * BLOCK + 1, 8 * BLOCK)));
  });

  it('after a jump, the first step back leaves checkpoints close behind it: the next ones replay a few dozen steps', () => {
    const thin = createSimulation(scenario(), undefined, fewCheckpoints);
    thin.runToEnd();
    const target = 5_000;
    thin.seek(target);
    thin.seek(target - 1);
    for (let back = 2; back <= 6; back++) {
      const before = thin.historyHeld.replayedSteps;
      thin.seek(target - back);
      expect(thin.historyHeld.replayedSteps - before).toBeLessThanOrEqual(64);
    }
    const kept = createSimulation(scenario(), undefined, roomy);
    kept.seek(target - 6);
    expect(JSON.stringify(thin.view())).toBe(JSON.stringify(kept.view()));
  });
});
