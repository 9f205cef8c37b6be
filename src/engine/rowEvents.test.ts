// Row events are the table's alone: no lesson can cue on one, and Timeline.events leaves them out.
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
});
