// The lesson run as the worker plays it (through structured clones, as postMessage copies it)
// gives exactly what playing the run on the main thread gave before it moved to the worker.
import { describe, expect, it } from 'vitest';
import { lessons } from '../lessons/builtinLessons';
import { defaultScenarioFile } from '../lessons/defaultScenario';
import { parsed } from '../lessons/lessonRun.testkit';
import { playRun } from '../lessons/modes/lessonRun';
import { resolveNarration } from '../lessons/modes/narration';
import { generateQuiz } from '../lessons/modes/quiz/generateQuiz';
import type { NarrationCue, QuizSpec } from '../lessons/types';
import { MAX_RUN_STEPS } from '../store/lessonRunner';
import { answerLessonRun, runLessonInProcess } from './playLessonRun';

function onMainThread(file: unknown, seed: number, narration: NarrationCue[], quiz?: QuizSpec[]) {
  const run = playRun(parsed(file), { seed, maxSteps: MAX_RUN_STEPS });
  const cues = resolveNarration(narration, run.events)
    .flatMap((c) => (c.step === null ? [] : [{ step: c.step, text: c.text }]))
    .sort((a, b) => a.step - b.step);
  return { run, quiz: generateQuiz(run, quiz), cues };
}

describe('the lesson run in its worker', () => {
  it.each(lessons.map((l) => [l.id, l] as const))('plays %s exactly as the main thread did', async (_, lesson) => {
    const seed = lesson.scenario.seed ?? 1;
    const expected = onMainThread(lesson.scenario, seed, lesson.narration, lesson.quiz);
    const got = await runLessonInProcess({
      scenario: parsed(lesson.scenario),
      seed,
      maxSteps: MAX_RUN_STEPS,
      narration: lesson.narration,
      quiz: lesson.quiz,
    });
    expect(got.run.stepCount).toBe(expected.run.stepCount);
    expect(got.run.rows).toEqual(expected.run.rows);
    expect(got.run.events).toEqual(expected.run.events);
    expect(got.run.finalView).toEqual(expected.run.finalView);
    expect(got.run.appends).toEqual(expected.run.appends);
    expect(got.run.quiz).toEqual(expected.quiz);
    expect(got.run.quizError).toBeNull();
    expect(got.cues).toEqual(expected.cues);
    expect(got.run.quiz.length).toBeGreaterThan(0);
  });

  it('asks a scenario without a lesson the questions its run can answer, and honours the seed and the step bound', async () => {
    const expected = onMainThread(defaultScenarioFile, 7, []);
    const got = await runLessonInProcess({
      scenario: parsed(defaultScenarioFile),
      seed: 7,
      maxSteps: MAX_RUN_STEPS,
      narration: [],
    });
    expect(got.run.rows).toEqual(expected.run.rows);
    expect(got.run.quiz).toEqual(expected.quiz);
    expect(got.cues).toEqual([]);
    const short = await runLessonInProcess({
      scenario: parsed(defaultScenarioFile),
      seed: 7,
      maxSteps: 25,
      narration: [],
    });
    expect(short.run.stepCount).toBe(25);
  });

  it('answers a run that cannot be played with its first line, not a stack trace', () => {
    const answer = answerLessonRun({
      id: 3,
      request: {
        scenario: null as never,
        seed: 1,
        maxSteps: 10,
        narration: [],
      },
    });
    expect(answer).toMatchObject({ id: 3, ok: false });
    expect(answer.ok === false && answer.message).not.toContain('\n');
  });
});
