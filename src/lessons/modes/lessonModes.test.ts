import { describe, expect, it } from 'vitest';
import { defaultScenarioFile } from '../defaultScenario';
import { findLesson } from '../index';
import { lessonRun, parsed } from '../lessonRun.testkit';
import type { Lesson } from '../types';
import { conceptSnapshot, genericConcept } from './conceptSnapshot';
import { genericKeyMoments, keyMoments } from './keyMoments';
import { playRun } from './lessonRun';
import { narrationAt } from './narration';

const lesson = findLesson('first-message') as Lesson;
const run = lessonRun(lesson);

describe('narrationAt', () => {
  it('shows nothing before the first cue, then the latest cue reached', () => {
    const first = keyMoments([{ question: '', answer: '', event: lesson.narration[0].event }], run.events)[0].step as number;
    expect(narrationAt(lesson.narration, run.events, first - 1)).toBeNull();
    expect(narrationAt(lesson.narration, run.events, first)?.text).toBe(lesson.narration[0].text);
    expect(narrationAt(lesson.narration, run.events, run.stepCount)?.text).toBe(lesson.narration.at(-1)?.text);
  });
});

describe('keyMoments', () => {
  it('resolves each moment to the step "Show step n" moves to', () => {
    const moments = keyMoments(lesson.keyMoments, run.events);
    expect(moments.map((m) => m.step)).toEqual(lesson.keyMoments.map((m) => run.events.find((e) => e.type === m.event.type && e.consumer === m.event.consumer && e.producer === m.event.producer)?.step));
  });

  it("finds generic moments in a teacher's run, in step order, each at its event", () => {
    const broken = lessonRun(findLesson('break-a-broker') as Lesson);
    const moments = genericKeyMoments(broken.events);
    expect(moments.map((m) => m.question)).toEqual(expect.arrayContaining(['What happens when broker 1 crashes?', 'Who leads orders-0 after the change?']));
    const steps = moments.map((m) => m.step as number);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    for (const m of moments) expect(broken.events.find((e) => e.step === m.step)?.step).toBe(m.step);
  });
});

describe('concept snapshot', () => {
  it("is the lesson's bullets for a lesson", () => {
    expect(conceptSnapshot(lesson)).toEqual(lesson.concept);
  });

  it("describes a teacher's scenario and what its run showed", () => {
    const scenario = parsed(defaultScenarioFile);
    const bullets = genericConcept(scenario, playRun(scenario).finalView);
    expect(bullets[0]).toMatch(/^3 brokers; the controller runs in KRaft mode/);
    expect(bullets).toContain('Producer p1 sends with acks=all, idempotent.');
    expect(bullets).toContain('Group billing: c1, c2 share the partitions, one owner each.');
    expect(bullets.at(-1)).toMatch(/kept every guarantee/);
    const broken = lessonRun(findLesson('break-a-broker') as Lesson);
    expect(genericConcept(parsed(findLesson('break-a-broker')?.scenario), broken.finalView).at(-1)).toMatch(/an acknowledged record was lost/);
  });
});
