// A generated quiz question: everything the "Visual quiz" tab renders, as plain data.
import type { QuizKind } from '../../types';

export interface QuizOption {
  id: string; // "A" … "D", as the seed pages letter them
  label: string;
}

export interface QuizQuestion {
  /** Stable within a lesson: `${kind}-${position in the quiz}`. */
  id: string;
  kind: QuizKind;
  prompt: string;
  options: QuizOption[];
  answerId: string;
  /** Why the answer is right, computed from the run; the feedback repeats it. */
  reason: string;
  hint: string;
  /**
   * The decisive step. Predict-then-reveal seeks to stopBeforeStep − 1, asks, then plays
   * stopBeforeStep and grades. Null: the question is about the whole run; ask it at the end.
   */
  stopBeforeStep: number | null;
}

export interface Grade {
  correct: boolean;
  /** Starts with "Correct — " or "Not quite — ", then the reason. */
  feedback: string;
}
