import { describe, expect, it } from 'vitest';
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
