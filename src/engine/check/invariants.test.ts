import { describe, expect, it } from 'vitest';
import { logEndOffset } from '../broker/replicaLog';
import { loadScenario } from '../fidelity/scenarioFixture.testkit';
import { createSimulation } from '../index';
import type { TimelineOptions } from '../timeline';
import type { EngineEvent } from '../rowEvents';
import type { SimEvent } from '../view.types';
import { checkInvariants, checkInvariantsAfter, FULL_SWEEP_EVERY } from './invariants';

// Plays the f1 walk-through until every replica of t-0 holds records below a common HW.
function replicated(options?: TimelineOptions) {
  const sim = createSimulation(loadScenario('reference/f1-acks1-loss.json'), undefined, options);
  const partition = () => sim.raw.controller.partitions['t-0'];
  while (sim.stepForward()) {
    const meta = partition();
    const leader = meta.leader === null ? undefined : sim.raw.brokers[meta.leader - 1].replicas['t-0'];
    if (leader && leader.highWatermark >= 2 && meta.isr.length > 1) break;
  }
  const meta = partition();
  const member = sim.raw.brokers[meta.isr.find((id) => id !== meta.leader)! - 1].replicas['t-0'];
  return { sim, member };
}

describe('invariants', () => {
  it('hold on a run of the engine, checked step after step', () => {
    const { sim } = replicated();
    expect(checkInvariants(sim.raw)).toEqual([]);
    for (let i = 0; i < 50 && sim.stepForward(); i++) expect(checkInvariants(sim.raw)).toEqual([]);
  });

  it('catch an ISR member whose record below the HW changed after an earlier check agreed', () => {
    const { sim, member } = replicated();
    expect(checkInvariants(sim.raw)).toEqual([]);
    const end = logEndOffset(member);
    const last = member.log.get(member.log.length - 1);
    member.log.truncate(member.log.length - 1);
    member.log.append({ ...last, sendRef: 'forged#0' });
    expect(logEndOffset(member)).toBe(end);
    expect(checkInvariants(sim.raw).join('\n')).toMatch(/differs between leader \d and ISR member \d below the HW/);
  });

  it('catch a high watermark above the log end', () => {
    const { sim, member } = replicated();
    member.highWatermark = logEndOffset(member) + 1;
    expect(checkInvariants(sim.raw).join('\n')).toMatch(/≤ LEO/);
  });

  it('after a step, check the partitions its events name, and every partition at the full sweep', () => {
    const { sim, member } = replicated();
    member.highWatermark = logEndOffset(member) + 1;
    const step = FULL_SWEEP_EVERY * 3 + 1;
    const state = { ...sim.raw, step };
    const at = (topic: string): SimEvent => ({ type: 'RecordReplicated', step, timeMs: 0, topic, partition: 0, broker: 1, offset: 0 });
    expect(checkInvariantsAfter(state, [at('t')]).join('\n')).toMatch(/t-0 on broker \d: .*≤ LEO/);
    expect(checkInvariantsAfter(state, [at('other')])).toEqual([]);
    expect(checkInvariantsAfter(state, [])).toEqual([]);
    expect(checkInvariantsAfter({ ...state, step: FULL_SWEEP_EVERY * 4 }, []).join('\n')).toMatch(/≤ LEO/);
  });

  it('after a step naming a broker alone, check every partition on it', () => {
    const { sim, member } = replicated();
    member.highWatermark = logEndOffset(member) + 1;
    const holder = sim.raw.brokers.find((b) => b.replicas['t-0'] === member)!.id;
    const state = { ...sim.raw, step: 5 };
    expect(checkInvariantsAfter(state, [{ type: 'BrokerRestarted', step: 5, timeMs: 0, broker: holder }]).join('\n')).toMatch(/≤ LEO/);
  });

  it('after a client-only step check nothing, and still report a broken broker at the next step naming it', () => {
    const { sim, member } = replicated();
    member.highWatermark = logEndOffset(member) + 1;
    const state = { ...sim.raw, step: 7 };
    // Client news and a row event naming the partition: no broker state changed.
    const clientOnly: EngineEvent[] = [
      { type: 'ConsumerStarted', step: 7, timeMs: 0, consumer: 'c1', detail: '' },
      { type: 'ProduceAcked', step: 7, timeMs: 0, producer: 'p1', topic: 't', partition: 0, offset: 0, send: 0 },
      { type: 'RecordsPolled', step: 7, timeMs: 0, consumer: 'c1', topic: 't', partition: 0, offset: 0, detail: '' },
      { type: 'RetryBackoffExpired', step: 7, timeMs: 0, producer: 'p1', topic: 't', partition: 0 },
    ];
    expect(checkInvariantsAfter(state, clientOnly)).toEqual([]);
    const replica: SimEvent = { type: 'RecordReplicated', step: 7, timeMs: 0, topic: 't', partition: 0, broker: 1, offset: 0 };
    expect(checkInvariantsAfter(state, [...clientOnly, replica]).join('\n')).toMatch(/t-0 on broker \d: .*≤ LEO/);
  });

  it('are recorded by a run whose broker state broke, whatever steps follow', () => {
    const { sim, member } = replicated({ checkInvariants: true });
    // A record below the HW forged on an ISR member: found at the next step naming the partition.
    const last = member.log.get(member.log.length - 1);
    member.log.truncate(member.log.length - 1);
    member.log.append({ ...last, sendRef: 'forged#0' });
    sim.runToEnd();
    // Read from the run's own list, not the view (which checks everything again).
    expect(sim.raw.checker.invariantViolations.join('\n')).toMatch(/differs between leader \d and ISR member \d below the HW/);
  });
});
