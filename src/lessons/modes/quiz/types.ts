// A generated quiz question: everything the "Visual quiz" tab renders, as plain data.
import type { QuizKind } from '../../types';

export interface QuizOption {
  id: string; // "A" … "D", as the seed pages letter them
  label: string;
  /**
   * Why this option is right or wrong, read from the run. Shown only once the answer is revealed,
   * so a student who chose it learns what was wrong with it.
   */
  why: string;
}

export interface QuizQuestion {
  /** Stable within a lesson: `${kind}-${position in the quiz}`, and `…~n` for the nth other draw. */
  id: string;
  kind: QuizKind;
  /** Asks about state or behaviour, never about a step number; holds no part of the answer. */
  prompt: string;
  options: QuizOption[];
  answerId: string;
  /** Why the answer is right, computed from the run; the feedback repeats it. */
  reason: string;
  /** A rule to reason with, never the answer. */
  hint: string;
  /**
   * The deciding step: "Play to the answer" moves the timeline there and reveals the answer, and
   * "Show step n" goes back to it. Null: the question is about the whole run (its end decides).
   */
  decidingStep: number | null;
  /** Other draws of the same question (another key, broker, record or moment) from the same run. */
  others?: QuizQuestion[];
}

export interface Grade {
  correct: boolean;
  /** Starts with "Correct — " or "Not quite — ", then names the answer and gives the reason. */
  feedback: string;
}

/** A question before it gets its id and kind. */
export type Draft = Omit<QuizQuestion, 'id' | 'kind' | 'others'>;
