// A lesson is data: a scenario file plus everything the nine learning modes need. Narration,
// stages, code cues and key moments are bound to engine EVENTS ("the first HighWatermarkAdvanced
// of orders-0"), never to step numbers, so a lesson keeps working when the engine adds or
// reorders steps. Quiz answers are never written here: QuizSpec names what to ask, and the
// generators in modes/quiz compute the answer from the run.
import type { AnomalyView, SimEventType } from '../engine/view.types';
import type { ScenarioFile } from '../scenario/schema';

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

/** What to ask; the generator computes the options, the answer and the reason from the run. */
export type QuizSpec =
  | { kind: 'storedAt'; value: string }
  | { kind: 'partitionForKey'; topic: string; key: string }
  | { kind: 'highWatermark'; topic: string; partition: number; at?: EventMatcher }
  /** nextLeader: skip the partition going offline and ask who leads it next. */
  | { kind: 'leaderAfterCrash'; topic: string; partition: number; broker: number; nextLeader?: boolean }
  | { kind: 'sendOutcome'; producer: string; value: string }
  | { kind: 'recordSurvives'; producer: string; value: string }
  | { kind: 'assignedConsumer'; groupId: string; topic: string; partition: number; at?: EventMatcher }
  | { kind: 'committedOffset'; groupId: string; topic: string; partition: number; at: EventMatcher }
  | { kind: 'resumeOffset'; consumer: string; topic: string; partition: number; after: EventMatcher }
  | { kind: 'logStartOffset'; topic: string; partition: number; at?: EventMatcher };

export type QuizKind = QuizSpec['kind'];

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
  /** Concept snapshot bullets. */
  concept: string[];
  quiz: QuizSpec[];
}
