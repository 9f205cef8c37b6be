import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/parse';
import { findLesson, lessons } from './index';
import { lessonRun } from './lessonRun.testkit';
import { resolveEvent } from './modes/resolveEvent';
import { fullTranscript } from './modes/transcript';
import { generateQuiz } from './modes/quiz/generateQuiz';

describe('the built-in lessons', () => {
  it('are at least nine, with unique url-safe ids that findLesson finds', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(9);
    const ids = lessons.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(findLesson(id)?.id).toBe(id);
    }
    expect(findLesson('no-such-lesson')).toBeUndefined();
  });

  it('name their seed pages and teach something', () => {
    for (const l of lessons) {
      expect(l.seedRefs.length, l.id).toBeGreaterThan(0);
      for (const ref of l.seedRefs) expect(ref).toMatch(/^\d{3}$/);
      expect(l.summary.length, l.id).toBeGreaterThan(0);
      expect(l.concept.length, l.id).toBeGreaterThan(2);
      expect(l.keyMoments.length, l.id).toBeGreaterThan(1);
      expect(l.quiz.length, l.id).toBeGreaterThan(2);
    }
  });
});

describe.each(lessons.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
  it('is a valid scenario small enough for a class to step through', () => {
    const result = parseScenario(lesson.scenario);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.scenario.cluster.brokers).toBeLessThanOrEqual(3);
    expect(result.scenario.durationMs).toBeLessThanOrEqual(60000);
  });

  it('plays to its end with no invariant violations', () => {
    const run = lessonRun(lesson);
    expect(run.finalView.invariantViolations).toEqual([]);
    expect(run.finalView.timeMs).toBeLessThanOrEqual(lesson.scenario.durationMs ?? 60000);
  });

  it('shows exactly the anomalies it teaches', () => {
    const kinds = new Set(lessonRun(lesson).finalView.anomalies.map((a) => a.kind));
    expect([...kinds].sort()).toEqual([...lesson.anomalies].sort());
  });

  it('binds every cue, stage, code line and key moment to an event of the run', () => {
    const { events } = lessonRun(lesson);
    const bound = [...lesson.narration, ...lesson.stages, ...lesson.code.cues, ...lesson.keyMoments];
    const unresolved = bound.filter((b) => resolveEvent(events, b.event) === null).map((b) => JSON.stringify(b.event));
    expect(unresolved).toEqual([]);
  });

  it('tells its narration in the order the run plays it', () => {
    const steps = lesson.narration.map((n) => resolveEvent(lessonRun(lesson).events, n.event) ?? 0);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it('cues only lines of its code sample', () => {
    for (const cue of lesson.code.cues) {
      expect(cue.line).toBeGreaterThanOrEqual(1);
      expect(cue.line).toBeLessThanOrEqual(lesson.code.lines.length);
    }
  });

  it('can ask every quiz question it lists, with the answer among the options', () => {
    const run = lessonRun(lesson);
    const quiz = generateQuiz(run, lesson.quiz);
    expect(quiz.map((q) => q.kind)).toEqual(lesson.quiz.map((s) => s.kind));
    for (const q of quiz) {
      expect(q.options.map((o) => o.id)).toContain(q.answerId);
      expect(new Set(q.options.map((o) => o.label)).size).toBe(q.options.length);
      expect(q.reason.length).toBeGreaterThan(0);
      if (q.decidingStep !== null) {
        expect(q.decidingStep).toBeGreaterThanOrEqual(1);
        expect(q.decidingStep).toBeLessThanOrEqual(run.stepCount);
      }
    }
  });

  it('has a transcript that opens with its summary and carries its narration', () => {
    const run = lessonRun(lesson);
    const text = fullTranscript(run.rows, run.events, lesson).join('\n');
    expect(text.startsWith(lesson.summary)).toBe(true);
    for (const cue of lesson.narration) expect(text).toContain(cue.text);
    expect(text).toMatch(/Appended '/);
  });
});
