import { describe, expect, it } from 'vitest';
import type { SimEvent, SimEventType } from '../engine/view.types';
import { lessons } from '../lessons/builtinLessons';
import { lessonRun } from '../lessons/lessonRun.testkit';
import { resolveNarration } from '../lessons/modes/narration';
import { classifyStep, eventsByStep, momentSteps } from './moments';

const ev = (type: SimEventType, step = 5) => ({ type, step, timeMs: 0 }) as SimEvent;

describe('classifyStep', () => {
  it('calls a routine row with no story event routine', () => {
    expect(classifyStep({ step: 5, routine: true, events: [] })).toBe('routine');
    expect(classifyStep({ step: 5, routine: true, events: [ev('RecordReplicated')] })).toBe('routine');
  });

  it('never calls a step with a story event routine, whatever its row says', () => {
    expect(classifyStep({ step: 5, routine: true, events: [ev('HighWatermarkAdvanced')] })).toBe('moment');
  });

  it('generates moments from story events outside a lesson, and nothing else', () => {
    expect(classifyStep({ step: 5, routine: false, events: [ev('ProduceAcked')] })).toBe('moment');
    expect(classifyStep({ step: 5, routine: false, events: [ev('BecameLeader')] })).toBe('plain');
    expect(classifyStep({ step: 5, routine: false, events: [] })).toBe('plain');
  });

  it('in a lesson, takes the narration-bound steps up to boundUntil and generates after it', () => {
    const binding = { boundSteps: [3, 9], boundUntil: 10 };
    expect(classifyStep({ step: 3, routine: false, events: [] }, binding)).toBe('moment');
    expect(classifyStep({ step: 5, routine: false, events: [ev('RecordAppended')] }, binding)).toBe('plain');
    expect(classifyStep({ step: 5, routine: true, events: [] }, binding)).toBe('routine');
    expect(classifyStep({ step: 11, routine: false, events: [ev('RecordAppended', 11)] }, binding)).toBe('moment');
  });
});

describe('moments on every built-in lesson’s run', () => {
  for (const lesson of lessons) {
    it(lesson.id, () => {
      const run = lessonRun(lesson);
      const byStep = eventsByStep(run.events);
      const cueSteps = resolveNarration(lesson.narration, run.events).flatMap((c) => (c.step === null ? [] : [c.step]));
      expect(cueSteps.length).toBeGreaterThan(0);
      const binding = { boundSteps: cueSteps, boundUntil: run.stepCount };
      const moments = momentSteps(run.rows, run.events, binding);
      // Ordered, one entry a step, exactly the narration's steps.
      expect(moments).toEqual([...new Set(cueSteps)].sort((a, b) => a - b));
      // None routine, even judged from the events alone (the worker's table flags have no binding).
      for (const step of moments) {
        const facts = { step, routine: run.rows[step - 1].routine === true, events: byStep.get(step) ?? [] };
        expect(classifyStep(facts), `step ${step}`).not.toBe('routine');
      }
      // The generated moments are a story too: fewer than a fifth of the steps, and every anomaly's step among them.
      const generated = momentSteps(run.rows, run.events);
      expect(generated.length).toBeLessThan(run.stepCount / 5);
      for (const a of run.finalView.anomalies) expect(generated).toContain(a.step);
    });
  }

  it('"The first message" reaches the producer’s send at its third moment', () => {
    const lesson = lessons.find((l) => l.id === 'first-message')!;
    const run = lessonRun(lesson);
    const cueSteps = resolveNarration(lesson.narration, run.events).flatMap((c) => (c.step === null ? [] : [c.step]));
    const third = momentSteps(run.rows, run.events, { boundSteps: cueSteps, boundUntil: run.stepCount })[2];
    expect(run.events.some((e) => e.step === third && e.type === 'RecordSent')).toBe(true);
  });
});

describe('the routine flag never decides a moment', () => {
  it('gives the same moments whatever the rows say', () => {
    for (const lesson of lessons) {
      const run = lessonRun(lesson);
      const flipped = run.rows.map((r) => ({ step: r.step, routine: !r.routine }));
      expect(momentSteps(flipped, run.events)).toEqual(momentSteps(run.rows, run.events));
    }
  });
});
