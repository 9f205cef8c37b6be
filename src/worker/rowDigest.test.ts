import { describe, expect, it } from 'vitest';
import { createSimulation } from '../engine';
import { defaultScenarioFile } from '../lessons/defaultScenario';
import { rowFilter } from '../protocol/rowFilter';
import { parseScenario } from '../scenario/parse';
import { RowDigest } from './rowDigest';

function playedSim(steps: number) {
  const parsed = parseScenario(defaultScenarioFile);
  if (!parsed.ok) throw new Error('the default scenario is invalid');
  const sim = createSimulation(parsed.scenario, 3);
  sim.seek(steps);
  return sim;
}

describe('the row digest', () => {
  it('answers the component and routine filters exactly as the rows would', () => {
    const sim = playedSim(900);
    const digest = new RowDigest();
    digest.update(sim);
    const rows = sim.rows(1, 900);
    expect(digest.components).toEqual([...new Set(rows.map((r) => r.component))]);
    for (const spec of [
      { component: '', search: '', hideRoutine: true },
      { component: 'Controller', search: '', hideRoutine: false },
      { component: 'Broker 1', search: '', hideRoutine: true },
      { component: 'Nobody', search: '', hideRoutine: false },
    ]) {
      const keep = rowFilter(spec.component, spec.search, spec.hideRoutine)!;
      const expected = rows.filter((r) => keep(r)).map((r) => r.step - 1);
      expect(digest.filter(spec, 1, 900)).toEqual({ from: 1, to: 900, indexes: expected });
    }
  });

  it('leaves text search to the rows, and forgets the future a fork discarded', () => {
    const sim = playedSim(300);
    const digest = new RowDigest();
    digest.update(sim);
    expect(digest.filter({ component: '', search: 'fetch', hideRoutine: false }, 1, 300)).toBeNull();
    sim.seek(100);
    sim.intervene({ do: 'crashBroker', broker: 1 });
    digest.forkedAt(100);
    expect(digest.filter({ component: '', search: '', hideRoutine: true }, 1, 300)).toBeNull();
    sim.seek(150);
    digest.update(sim);
    const keep = rowFilter('', '', true)!;
    expect(digest.filter({ component: '', search: '', hideRoutine: true }, 1, 150)?.indexes).toEqual(
      sim
        .rows(1, 150)
        .filter((r) => keep(r))
        .map((r) => r.step - 1),
    );
  });
});
