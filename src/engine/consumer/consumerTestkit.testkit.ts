// Test helpers for the read side: small scenario files built in code, played with invariants on.
import { createSimulation } from '..';
import { parseScenario } from '../../scenario/parse';
import type { Scenario } from '../../scenario/types';
import type { Timeline } from '../timeline';
import type { ClusterView, ConsumerView, GroupView, SimEvent } from '../view.types';

export type ScenarioFile = Record<string, unknown>;

export function parse(file: ScenarioFile): Scenario {
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return parsed.scenario;
}

/** A 3-broker cluster with topic t (RF 3), producer p1 (acks=all, linger 0) and the given parts. */
export function file(parts: ScenarioFile): ScenarioFile {
  return {
    version: 1, title: 'consumer test', seed: 1, durationMs: 20000,
    cluster: { brokers: 3 },
    topics: [{ name: 't', partitions: 1, replicationFactor: 3 }],
    producers: [{ id: 'p1', config: { 'linger.ms': 0 } }],
    consumers: [],
    script: [],
    ...parts,
  };
}

export function createSim(f: ScenarioFile, untilMs?: number): Timeline {
  return createSimulation(parse(f), undefined, { checkInvariants: true, untilMs });
}

export function simulate(f: ScenarioFile, untilMs?: number): Timeline {
  const sim = createSim(f, untilMs);
  sim.runToEnd();
  return sim;
}

export function consumer(view: ClusterView, id: string): ConsumerView {
  const c = view.consumers.find((x) => x.id === id);
  if (!c) throw new Error(`no consumer ${id}`);
  return c;
}

export function group(view: ClusterView, id: string): GroupView {
  const g = view.groups.find((x) => x.groupId === id);
  if (!g) throw new Error(`no group ${id}`);
  return g;
}

/** The offsets a consumer's application received from one partition, in order. */
export function offsets(view: ClusterView, id: string, partition = 0, topic = 't'): number[] {
  return consumer(view, id).received.filter((r) => r.topic === topic && r.partition === partition).map((r) => r.offset);
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

export function parts(refs: { topic: string; partition: number }[]): string[] {
  return refs.map((r) => `${r.topic}-${r.partition}`).sort();
}

export function allEvents(sim: Timeline): SimEvent[] {
  return sim.events(1, sim.stepCount);
}

export function consumerSpec(id: string, groupId: string, extra: ScenarioFile = {}, config: ScenarioFile = {}): ScenarioFile {
  return { id, groupId, topics: ['t'], ...extra, config: { 'auto.offset.reset': 'earliest', ...config } };
}
