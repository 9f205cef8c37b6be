// Row events are the table's alone: no lesson can cue on one, and Timeline.events leaves them out.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './fidelity/scenarioFixture.testkit';
import { createSimulation } from './index';
import { isRowEvent, ROW_EVENT_FIELDS } from './rowEvents';
import { isSimEventType, SIM_EVENT_FIELDS } from './simEvents';

describe('row events', () => {
  it('share no name with the events lessons read', () => {
    expect(Object.keys(ROW_EVENT_FIELDS).filter((t) => Object.hasOwn(SIM_EVENT_FIELDS, t))).toEqual([]);
    expect(isSimEventType('ConsumerPolled')).toBe(false);
    expect(isSimEventType('InterventionApplied')).toBe(false);
  });

  it('are stored for the rows but not handed to lessons', () => {
    const sim = createSimulation(loadScenario('reference/f1-acks1-loss.json'));
    sim.runToEnd();
    const events = sim.events(1, sim.stepCount);
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter(isRowEvent)).toEqual([]);
    // Every step still has a row, rendered from events lessons never see.
    expect(sim.rows(1, sim.stepCount)).toHaveLength(sim.stepCount);
  });

  // The headless runner without --trace plays without them (TimelineOptions.rowEvents): no rule may
  // read one back or change anything while building one, so the run must come out the same.
  const files = ['consumers', 'lessons', 'reference'].flatMap((dir) =>
    readdirSync(join(__dirname, '../../scenarios', dir)).filter((f) => f.endsWith('.json')).map((f) => `${dir}/${f}`),
  );
  it.each(files)('left out, change nothing else in a run: %s', (file) => {
    const scenario = loadScenario(file);
    const withRows = createSimulation(scenario, undefined, { checkInvariants: true });
    const without = createSimulation(scenario, undefined, { checkInvariants: true, rowEvents: false });
    withRows.runToEnd();
    without.runToEnd();
    expect(without.stepCount).toBe(withRows.stepCount);
    expect(without.events(1, without.stepCount)).toEqual(withRows.events(1, withRows.stepCount));
    expect(without.view()).toEqual(withRows.view());
    // The busiest rules' rows are gone.
    expect(without.storedEvents(1, without.stepCount).flat().some((e) => e.type === 'ProduceAccepted')).toBe(false);
  });
});
