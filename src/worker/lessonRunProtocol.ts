// What the page and the lesson-run worker say to each other (types only). The headless run the
// learning modes read from is played in a worker of its own, so the main thread never loads the
// engine nor blocks for the up to a second a long run takes.
import type { LessonRun } from '../lessons/modes/lessonRun';
import type { LessonTrackerTable } from '../lessons/modes/lessonTracker';
import type { QuizQuestion } from '../lessons/modes/quiz/types';
import type { NarrationCue, QuizSpec, TrackedVariable } from '../lessons/types';
import type { Scenario } from '../scenario/types';

export interface LessonRunRequest {
  scenario: Scenario;
  seed: number;
  maxSteps: number;
  /** The narration to resolve to steps of this run (a lesson's, or an imported file's own). */
  narration: NarrationCue[];
  /** The lesson's quiz; absent: questions chosen from what happened in the run. */
  quiz?: QuizSpec[];
  /** The lesson's tracked variables, read at Start, at each narration step and at the end. */
  tracker?: TrackedVariable[];
  /** Read the tracker at every step that changes the story, not only at the narration's (Compare). */
  trackEveryMoment?: boolean;
}

/** A narration cue resolved to the step its event happened on. */
export interface LessonCue {
  step: number;
  text: string;
}

/**
 * The run as plain data. `viewAt` needs the live simulation, which stays in the worker: the one
 * mode that reads earlier views (the quiz) is generated there, and arrives ready to show.
 */
export interface PlayedRun extends Omit<LessonRun, 'viewAt' | 'scenario'> {
  quiz: QuizQuestion[];
  /** Why this run has no quiz (the generator failed), for the quiz tab to say; null when it has one. */
  quizError: string | null;
  /** The lesson's own status tracker; null without a lesson (the tracker then follows the selection). */
  tracker: LessonTrackerTable | null;
}

export interface LessonRunResult {
  run: PlayedRun;
  /** In step order; cues whose event never happened are left out. */
  cues: LessonCue[];
}

export interface ToLessonRunner {
  id: number;
  request: LessonRunRequest;
}

export type FromLessonRunner = { id: number; ok: true; result: LessonRunResult } | { id: number; ok: false; message: string };

/** Plays a run, wherever it is played (the worker in the browser, in-process in unit tests). */
export type RunLesson = (request: LessonRunRequest) => Promise<LessonRunResult>;
