// Which draw of each quiz question is on show ("Try another"). Kept outside the app store: it is
// the quiz tab's own browsing state, and it belongs to one headless run (a new run starts over).
import { create } from 'zustand';

interface QuizDraws {
  run: unknown;
  index: Record<string, number>;
  next(run: unknown, questionId: string): void;
}

export const useQuizDraws = create<QuizDraws>((set) => ({
  run: null,
  index: {},
  next: (run, questionId) =>
    set((s) => {
      const index = s.run === run ? s.index : {};
      return { run, index: { ...index, [questionId]: (index[questionId] ?? 0) + 1 } };
    }),
}));

/** The draw index of a question for this run (0 when the run changed since). */
export function drawIndex(s: Pick<QuizDraws, 'run' | 'index'>, run: unknown, questionId: string): number {
  return s.run === run ? (s.index[questionId] ?? 0) : 0;
}
