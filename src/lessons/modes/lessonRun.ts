// One headless play of a scenario, kept for the learning modes: every row and event, the final
// view, what each RecordAppended stored (events carry offsets, not values), and the view at any
// earlier step on demand. The quiz reads answers from here, so they always match the engine.
import { createSimulation, type Timeline } from '../../engine';
import type { ClusterView, SimEvent, StepRow } from '../../engine/view.types';
import type { Scenario } from '../../scenario/types';

/** What a RecordAppended put in a leader's log. */
export interface AppendFact {
  step: number;
  topic: string;
  partition: number;
  broker: number;
  producer: string | null;
  offset: number;
  key: string | null;
  value: string;
}

export interface LessonRun {
  scenario: Scenario;
  stepCount: number;
  rows: (StepRow & { routine?: boolean })[];
  events: SimEvent[];
  finalView: ClusterView;
  appends: AppendFact[];
  /** The cluster after `step` has played (0 = before anything happened). */
  viewAt(step: number): ClusterView;
}

export interface RunOptions {
  seed?: number;
  untilMs?: number;
  checkInvariants?: boolean;
  /** A bound on the steps played, so a runaway teacher's scenario cannot hang the page. */
  maxSteps?: number;
}

function appendFacts(view: ClusterView, events: readonly SimEvent[]): AppendFact[] {
  const facts: AppendFact[] = [];
  for (const e of events) {
    if (e.type !== 'RecordAppended' || e.topic === undefined || e.partition === undefined || e.offset === undefined) continue;
    const p = view.partitions.find((x) => x.topic === e.topic && x.partition === e.partition);
    const log = p?.replicaLogs.find((r) => r.broker === e.broker);
    const rec = log?.records.find((r) => r.offset === e.offset);
    if (!rec) continue;
    facts.push({
      step: e.step, topic: e.topic, partition: e.partition, broker: e.broker ?? 0,
      producer: e.producer ?? null, offset: e.offset, key: rec.key, value: rec.value,
    });
  }
  return facts;
}

/** Plays the scenario to its end (or maxSteps) and returns the run for the learning modes. */
export function playRun(scenario: Scenario, options: RunOptions = {}): LessonRun {
  const sim: Timeline = createSimulation(scenario, options.seed, { untilMs: options.untilMs, checkInvariants: options.checkInvariants });
  const appends: AppendFact[] = [];
  const maxSteps = options.maxSteps ?? 200000;
  while (sim.stepCount < maxSteps) {
    const row = sim.stepForward();
    if (!row) break;
    const stepEvents = sim.events(row.step, row.step);
    // A record's value is only in the log, so read it while the step's view is current.
    if (stepEvents.some((e) => e.type === 'RecordAppended')) appends.push(...appendFacts(sim.view(), stepEvents));
  }
  const stepCount = sim.stepCount;
  const finalView = sim.view();
  const cache = new Map<number, ClusterView>([[stepCount, finalView]]);
  return {
    scenario, stepCount, finalView, appends,
    rows: sim.rows(1, stepCount),
    events: sim.events(1, stepCount),
    viewAt(step) {
      const s = Math.max(0, Math.min(stepCount, Math.floor(step)));
      let view = cache.get(s);
      if (!view) {
        sim.seek(s);
        view = sim.view();
        cache.set(s, view);
      }
      return view;
    },
  };
}
