// The learning modes' data, each computed from the run only while its tab is open, and the
// expensive ones (transcript, moments) once per run rather than once per step. The quiz reads
// earlier views of the run, so the lesson-run worker generates it with the run (run.quiz).
import { useMemo } from 'react';
import { storyTranscript } from '../../lessons/modes/storyTranscript';
import type { Lesson } from '../../lessons/types';
import type { Scenario } from '../../scenario/types';
import type { LessonKit, PlayedRun } from '../../store/state';

export interface ModeInputs {
  kit: LessonKit;
  run: PlayedRun;
  lesson: Lesson | null;
  scenario: Scenario;
}

export function useMoments({ kit, run, lesson }: ModeInputs, active: boolean) {
  return useMemo(() => (active ? (lesson ? kit.keyMoments(lesson.keyMoments, run.events) : kit.genericKeyMoments(run.events)) : []), [active, kit, run, lesson]);
}

export function useTranscript({ run, lesson }: ModeInputs, active: boolean) {
  return useMemo(() => (active ? storyTranscript(run, lesson ?? undefined) : []), [active, run, lesson]);
}

export function useCode({ kit, lesson, scenario }: ModeInputs) {
  return useMemo(() => lesson?.code ?? kit.genericCodeSample(scenario), [kit, lesson, scenario]);
}

export function useConcept({ kit, run, lesson, scenario }: ModeInputs) {
  return useMemo(() => (lesson ? kit.conceptSnapshot(lesson) : kit.genericConcept(scenario, run.finalView)), [kit, run, lesson, scenario]);
}
