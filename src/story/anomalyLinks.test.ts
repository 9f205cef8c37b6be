import { describe, expect, it } from 'vitest';
import { createSimulation } from '../engine';
import { findLesson } from '../lessons/builtinLessons';
import { lessonRun } from '../lessons/lessonRun.testkit';
import { loadScenario } from '../engine/fidelity/scenarioFixture.testkit';
import { ackOf, matchesQuery } from './anomalyLinks';

describe('"Show the ack"', () => {
  it('lands a lost write on the step its record was acknowledged', () => {
    const run = lessonRun(findLesson('break-a-broker')!);
    const lost = run.finalView.anomalies.find((a) => a.kind === 'lost-write')!;
    const link = ackOf(lost);
    expect(link).not.toBeNull();
    const step = (link as { step: number }).step;
    expect(run.events.some((e) => e.step === step && e.type === 'ProduceAcked' && e.offset === 3)).toBe(true);
  });

  it('finds a duplicated record’s acknowledgement among the events', () => {
    const sim = createSimulation(loadScenario('reference/f3-duplicate-idempotence-false.json'));
    sim.runToEnd();
    const dup = sim.view().anomalies.find((a) => a.kind === 'duplicate')!;
    const link = ackOf(dup) as { query: Parameters<typeof matchesQuery>[1] };
    expect(link.query).toMatchObject({ type: 'ProduceAcked', producer: 'p1', topic: 't', partition: 0, offsets: [3, 4] });
    expect(sim.events(1, sim.stepCount).some((e) => matchesQuery(e, link.query))).toBe(true);
  });

  it('has no ack for anomalies that are not about one record', () => {
    expect(ackOf({ kind: 'reordered', step: 3, detail: 'x' })).toBeNull();
  });
});
