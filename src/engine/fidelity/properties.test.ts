// Property tests: random seeds and fault scripts. The engine's invariants always hold; safe
// settings never lose or duplicate an acknowledged record; one seed always gives one trace.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Intervention } from '../api.types';
import { createSimulation } from '../index';
import { parseScenario } from '../../scenario/parse';

interface Fault {
  atMs: number;
  kind: string;
  broker: number;
  other: string;
}

const faultArb: fc.Arbitrary<Fault> = fc.record({
  atMs: fc.integer({ min: 0, max: 40000 }),
  kind: fc.constantFrom('crash', 'restart', 'isolate', 'heal', 'cut'),
  broker: fc.integer({ min: 1, max: 3 }),
  other: fc.constantFrom('broker-1', 'broker-2', 'broker-3', 'controller', 'p1'),
});

function faultAction(f: { atMs: number; kind: string; broker: number; other: string }) {
  const node = `broker-${f.broker}`;
  switch (f.kind) {
    case 'crash': return { atMs: f.atMs, do: 'crashBroker', broker: f.broker };
    case 'restart': return { atMs: f.atMs, do: 'restartBroker', broker: f.broker };
    case 'isolate': return { atMs: f.atMs, do: 'isolate', node };
    case 'cut': return node === f.other ? { atMs: f.atMs, do: 'heal' } : { atMs: f.atMs, do: 'cutLink', between: [node, f.other] };
    default: return { atMs: f.atMs, do: 'heal' };
  }
}

/** The same fault made by hand at the current step instead of scripted at a time. */
function asIntervention(f: Fault): Intervention {
  const { atMs: _, ...action } = faultAction(f);
  return action as Intervention;
}

function scenario(seed: number, faults: Fault[], safe: boolean) {
  const parsed = parseScenario({
    version: 1, title: 'property', seed, durationMs: 60000,
    cluster: { brokers: 3, config: { 'unclean.leader.election.enable': !safe }, network: { latencyMs: 3, jitterMs: 4 } },
    topics: [{ name: 't', partitions: 2, replicationFactor: 3, config: { 'min.insync.replicas': safe ? 2 : 1 } }],
    producers: [{ id: 'p1', config: safe ? { acks: 'all', 'enable.idempotence': true } : { acks: '1', 'enable.idempotence': false } }],
    script: [
      { atMs: 0, do: 'produce', producer: 'p1', topic: 't', key: 'k{i}', value: 'v{i}', count: 40, everyMs: 1000 },
      ...faults.map(faultAction),
      { atMs: 45000, do: 'heal' },
      { atMs: 45000, do: 'restartBroker', broker: 1 },
      { atMs: 45000, do: 'restartBroker', broker: 2 },
      { atMs: 45000, do: 'restartBroker', broker: 3 },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.scenario;
}

describe('properties over random seeds and faults', { timeout: 120_000 }, () => {
  it('no invariant is ever broken, whatever the settings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.array(faultArb, { maxLength: 6 }), fc.boolean(), (seed, faults, safe) => {
        const sim = createSimulation(scenario(seed, faults, safe), seed, { checkInvariants: true });
        sim.runToEnd(20000);
        expect(sim.view().invariantViolations).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('safe settings never lose or duplicate an acknowledged record', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.array(faultArb, { maxLength: 6 }), (seed, faults) => {
        const sim = createSimulation(scenario(seed, faults, true), seed, { checkInvariants: true });
        sim.runToEnd(20000);
        const anomalies = sim.view().anomalies.filter((a) => a.kind === 'lost-write' || a.kind === 'duplicate');
        expect(anomalies).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('one seed always gives one trace', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.array(faultArb, { maxLength: 4 }), (seed, faults) => {
        const run = () => {
          const sim = createSimulation(scenario(seed, faults, false), seed);
          sim.runToEnd(3000);
          return JSON.stringify(sim.rows(1, sim.stepCount));
        };
        expect(run()).toBe(run());
      }),
      { numRuns: 10 },
    );
  });

  it('seeking back and forth reproduces exactly the state a straight run reaches', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.array(faultArb, { maxLength: 4 }), fc.integer({ min: 1, max: 2500 }), (seed, faults, target) => {
        const straight = createSimulation(scenario(seed, faults, false), seed);
        straight.seek(target);
        const wandering = createSimulation(scenario(seed, faults, false), seed);
        wandering.seek(target + 1700);
        wandering.seek(Math.floor(target / 3));
        wandering.seek(target);
        expect(JSON.stringify(wandering.view())).toBe(JSON.stringify(straight.view()));
      }),
      { numRuns: 10 },
    );
  });

  it('after interventions, seeking back and forth still reproduces the forked run exactly', () => {
    const interventionArb = fc.record({ atStep: fc.integer({ min: 1, max: 1500 }), fault: faultArb });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.array(interventionArb, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 2500 }), (seed, picks, target) => {
        const ordered = [...picks].sort((a, b) => a.atStep - b.atStep);
        const straight = createSimulation(scenario(seed, [], false), seed);
        const wandering = createSimulation(scenario(seed, [], false), seed);
        for (const { atStep, fault } of ordered) {
          const intervention = asIntervention(fault);
          straight.seek(atStep);
          straight.intervene(intervention);
          // The wandering run goes past the fork point and back before making the same change.
          wandering.seek(atStep + 700);
          wandering.seek(Math.floor(atStep / 2));
          wandering.seek(atStep);
          wandering.intervene(intervention);
        }
        const end = ordered[ordered.length - 1].atStep + target;
        straight.seek(end);
        wandering.seek(end + 900);
        wandering.seek(ordered[ordered.length - 1].atStep + 1);
        wandering.seek(end);
        expect(wandering.rows(1, end)).toEqual(straight.rows(1, end));
        expect(JSON.stringify(wandering.view())).toBe(JSON.stringify(straight.view()));
      }),
      { numRuns: 8 },
    );
  });
});
