// A lesson is data: a scenario file plus everything the nine learning modes need. Narration,
// stages, code cues and key moments are bound to engine EVENTS ("the first HighWatermarkAdvanced
// of orders-0"), never to step numbers, so a lesson keeps working when the engine adds or
// reorders steps. Quiz answers are never written here: QuizSpec names what to ask, and the
// generators in modes/quiz compute the answer from the run.
import type { AnomalyView, SimEventType } from '../engine/view.types';
import type { ScenarioFile } from '../scenario/schema';
import type { LessonCompare } from './extras/compares';

export type AnomalyKind = AnomalyView['kind'];

/**
 * Picks one engine event: the nth (1-based, default 1) event of `type` whose listed fields all
 * equal the event's. `after` narrows the search to events after another matched event, in event
 * order ("the first LeaderElected after broker 1 crashed").
 */
export interface EventMatcher {
  /** An engine event type: a misspelt name does not compile. */
  type: SimEventType;
  nth?: number;
  topic?: string;
  partition?: number;
  broker?: number;
  producer?: string;
  consumer?: string;
  offset?: number;
  after?: EventMatcher;
}

/** A sentence the narration panel shows from the step its event happens on. */
export interface NarrationCue {
  event: EventMatcher;
  text: string;
}

/** One box of the process-flow diagram. */
export interface FlowStage {
  id: string;
  title: string;
  event: EventMatcher;
}

/** The execution sample: client code, with the line "executing" tied to an event. */
export interface CodeSample {
  language: 'java';
  lines: string[];
  /** `line` is 1-based, as an editor numbers lines. */
  cues: { line: number; event: EventMatcher }[];
}

export interface KeyMoment {
  question: string;
  answer: string;
  event: EventMatcher;
}

/**
 * What to ask; the generator computes the options, the answer and the reason from the run. Every
 * kind asks about state or behaviour (who leads, what the high watermark becomes, where a group
 * resumes), never "at which step"; "Try another" draws the same kind about another subject.
 */
export type QuizSpec =
  | { kind: 'partitionForKey'; topic: string; key: string }
  | { kind: 'highWatermark'; topic: string; partition: number; at?: EventMatcher }
  /** nextLeader: skip the partition going offline and ask who leads it next. */
  | { kind: 'leaderAfterCrash'; topic: string; partition: number; broker: number; nextLeader?: boolean }
  | { kind: 'sendOutcome'; producer: string; value: string }
  | { kind: 'recordSurvives'; producer: string; value: string }
  /** How many replicas hold the record when its producer is acknowledged (acks=1 vs acks=all). */
  | { kind: 'replicasAtAck'; producer: string; value: string }
  | { kind: 'isrChange'; topic: string; partition: number; at?: EventMatcher }
  /** How long the controller takes to declare a crashed broker dead (KRaft vs ZooKeeper). */
  | { kind: 'fencedAfter'; broker: number }
  /** Which node is the controller once the crashed broker has been noticed (ZooKeeper vs KRaft). */
  | { kind: 'controllerAfterCrash'; broker: number }
  | { kind: 'assignedConsumer'; groupId: string; topic: string; partition: number; at?: EventMatcher }
  | { kind: 'committedOffset'; groupId: string; topic: string; partition: number; at: EventMatcher }
  | { kind: 'resumeOffset'; consumer: string; topic: string; partition: number; after: EventMatcher }
  | { kind: 'logStartOffset'; topic: string; partition: number; at?: EventMatcher };

export type QuizKind = QuizSpec['kind'];

type TP = { topic: string; partition: number };

/** A variable of the lesson's status tracker: the story's own, as the seed pages track them. */
export type TrackedVariable =
  | { kind: 'record'; producer: string; value: string }
  | ({ kind: 'highWatermark' } & TP)
  /** The leader's log end offset, or one broker's replica's. */
  | ({ kind: 'logEndOffset'; broker?: number } & TP)
  | ({ kind: 'logStartOffset' } & TP)
  | ({ kind: 'isr' } & TP)
  | ({ kind: 'leader' } & TP)
  | ({ kind: 'position'; consumer: string } & TP)
  | ({ kind: 'committed'; groupId: string } & TP)
  | { kind: 'generation'; groupId: string }
  | { kind: 'assignment'; consumer: string }
  | { kind: 'broker'; broker: number }
  | { kind: 'controller' };

export interface Lesson {
  /** URL-safe: lowercase letters, digits and dashes. */
  id: string;
  title: string;
  /** The seed pages (shared/seeds/NNN_*.txt) the lesson grew from, as "000", "001" … */
  seedRefs: string[];
  summary: string;
  /** A scenario FILE object (shared/spec/scenario-format.md), parsed like any imported file. */
  scenario: ScenarioFile;
  /** The anomalies the run is meant to show (and no others): a lesson about loss shows lost-write. */
  anomalies: AnomalyKind[];
  narration: NarrationCue[];
  stages: FlowStage[];
  code: CodeSample;
  keyMoments: KeyMoment[];
  /** The status tracker's variables: the story's own (Start, After step n at each moment, Final). */
  tracker: TrackedVariable[];
  /** A lesson built on a contrast: the same run with one setting changed, side by side. */
  compare?: LessonCompare;
  /** Concept snapshot bullets. */
  concept: string[];
  quiz: QuizSpec[];
}
