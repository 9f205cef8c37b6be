import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../engine';
import type { ClusterView } from '../../engine/view.types';
import { defaultScenarioFile } from '../../lessons/defaultScenario';
import { parseScenario } from '../../scenario/parse';
import { trackedSubject, trackerTable } from './trackerModel';

function viewsAt(steps: number[]): ClusterView[] {
  const parsed = parseScenario(defaultScenarioFile);
  if (!parsed.ok) throw new Error('default scenario invalid');
  const sim = createSimulation(parsed.scenario);
  return steps.map((s) => {
    sim.seek(s);
    return sim.view();
  });
}

describe('trackerTable', () => {
  it('tracks the first partition when nothing is selected', () => {
    const [v] = viewsAt([0]);
    expect(trackedSubject(null, v)).toEqual({ kind: 'partition', topic: 'orders', partition: 0 });
  });

  it('has one row per variable and one cell per step, with unknown steps left empty', () => {
    const views = viewsAt([0, 1]);
    const t = trackerTable({ kind: 'partition', topic: 'orders', partition: 0 }, [null, ...views]);
    expect(t.subject).toBe('Partition orders-0');
    const names = t.variables.map((v) => v.name);
    expect(names).toEqual(expect.arrayContaining(['leader', 'ISR', 'high watermark', 'LEO on broker 1', 'LEO on broker 2', 'LEO on broker 3']));
    for (const v of t.variables) {
      expect(v.cells).toHaveLength(3);
      expect(v.cells[0]).toBeNull();
    }
  });

  it('follows a send from pending to acked', () => {
    let acked = -1;
    const parsed = parseScenario(defaultScenarioFile);
    if (!parsed.ok) throw new Error('default scenario invalid');
    const sim = createSimulation(parsed.scenario);
    const seen: string[] = [];
    while (sim.stepForward()) {
      const send = sim.view().producers[0].sends[0];
      if (send && !seen.includes(send.status)) seen.push(send.status);
      if (send?.status === 'acked') {
        acked = sim.currentStep;
        break;
      }
    }
    expect(acked).toBeGreaterThan(0);
    sim.seek(acked);
    const t = trackerTable({ kind: 'send', producer: 'p1', index: 0 }, [sim.view()]);
    expect(t.variables.find((v) => v.name === 'status')?.cells[0]).toBe('acked');
    expect(t.variables.find((v) => v.name === 'message state')?.cells[0]).toMatch(/committed/);
  });

  it('tells a send not sent yet from one the page no longer keeps', () => {
    const [before, after] = viewsAt([0, 1_000_000]); // the run ends before: its last step
    const notYet = trackerTable({ kind: 'send', producer: 'p1', index: 0 }, [before]);
    expect(notYet.variables.find((v) => v.name === 'message state')?.cells[0]).toBe('not sent yet');
    // As the worker's window leaves a long run: counted, no longer listed.
    const p = after.producers[0];
    expect(p.sends.length).toBeGreaterThan(0);
    const cut = { ...after, producers: [{ ...p, sends: [], sendCounts: { total: p.sends.length, acked: 0, pending: 0, failed: 0 } }] };
    const gone = trackerTable({ kind: 'send', producer: 'p1', index: 0 }, [cut]);
    expect(gone.variables.find((v) => v.name === 'message state')?.cells[0]).toBe('not kept (older than the newest 5,000 sends)');
  });
});
