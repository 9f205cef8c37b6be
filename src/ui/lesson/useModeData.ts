// The learning modes' data, each computed from the run only while its tab is open, and the
// expensive ones (quiz, transcript, moments) once per run rather than once per step.
import { useMemo } from 'react';
import type { LessonRun } from '../../lessons/modes/lessonRun';
import type { Lesson } from '../../lessons/types';
import type { Scenario } from '../../scenario/types';
import type { LessonKit } from '../../store/lessonSlice';

export interface ModeInputs {
  kit: LessonKit;
  run: LessonRun;
  lesson: Lesson | null;
  scenario: Scenario;
}

export function useQuiz({ kit, run, lesson }: ModeInputs, active: boolean) {
  return useMemo(() => (active ? kit.generateQuiz(run, lesson?.quiz) : []), [active, kit, run, lesson]);
}

export function useMoments({ kit, run, lesson }: ModeInputs, active: boolean) {
  return useMemo(() => (active ? (lesson ? kit.keyMoments(lesson.keyMoments, run.events) : kit.genericKeyMoments(run.events)) : []), [active, kit, run, lesson]);
}

export function useTranscript({ kit, run, lesson }: ModeInputs, active: boolean) {
  return useMemo(() => (active ? kit.fullTranscript(run.rows, run.events, lesson ?? undefined) : []), [active, kit, run, lesson]);
}

export function useCode({ kit, lesson, scenario }: ModeInputs) {
  return useMemo(() => lesson?.code ?? kit.genericCodeSample(scenario), [kit, lesson, scenario]);
}

export function useConcept({ kit, run, lesson, scenario }: ModeInputs) {
  return useMemo(() => (lesson ? kit.conceptSnapshot(lesson) : kit.genericConcept(scenario, run.finalView)), [kit, run, lesson, scenario]);
}
