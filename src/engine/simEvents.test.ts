// The event union is a contract: every event a real run emits has a known type and carries the
// fields SIM_EVENT_FIELDS promises for it (the types trust this; nothing else checks it at run time).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './fidelity/scenarioFixture.testkit';
import { createSimulation } from './index';
import { isSimEventType, SIM_EVENT_FIELDS, type SimEvent } from './simEvents';

const DIRS = ['reference', 'consumers', 'lessons'];
const files = DIRS.flatMap((dir) => readdirSync(join(__dirname, '../../scenarios', dir)).filter((f) => f.endsWith('.json')).map((f) => `${dir}/${f}`));

function problemsOf(e: SimEvent): string[] {
  if (!isSimEventType(e.type)) return [`unknown event type ${e.type}`];
  return SIM_EVENT_FIELDS[e.type].filter((f) => e[f] === undefined || e[f] === null).map((f) => `${e.type} at step ${e.step} has no ${f}`);
}

describe('the events of every scenario file', () => {
  const seen = new Set<string>();
  it.each(files)('%s: known types, with the fields their type promises', (file) => {
    const sim = createSimulation(loadScenario(file));
    sim.runToEnd();
    const events = sim.events(1, sim.stepCount);
    for (const e of events) seen.add(e.type);
    expect(events.flatMap(problemsOf)).toEqual([]);
  });

  it('between them use most of the event types (the check above is not vacuous)', () => {
    expect(seen.size).toBeGreaterThan(Object.keys(SIM_EVENT_FIELDS).length / 2);
  });
});

describe('isSimEventType', () => {
  it('knows the engine’s names and nothing else', () => {
    expect(isSimEventType('HighWatermarkAdvanced')).toBe(true);
    expect(isSimEventType('HighWaterMarkAdvanced')).toBe(false);
    expect(isSimEventType('toString')).toBe(false);
    expect(isSimEventType(3)).toBe(false);
  });
});
