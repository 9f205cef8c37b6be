// The worker's story navigation against the real engine: exact stops at moments, at any count.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../engine';
import { findLesson } from '../lessons/builtinLessons';
import { lessonRun, parsed } from '../lessons/lessonRun.testkit';
import { resolveNarration } from '../lessons/modes/narration';
import { PROTOCOL_VERSION, type StateMessage, type StepDetailsMessage } from '../protocol/messages';
import { isStoryEvent, momentSteps } from '../story/moments';
import { type EngineSession, handleRequest } from './handleRequest';

function open(lessonId: string) {
  const lesson = findLesson(lessonId)!;
  const s: EngineSession = { sim: null };
  let id = 0;
  const ask = (body: Record<string, unknown>) => handleRequest(s, { v: PROTOCOL_VERSION, id: ++id, ...body }, createSimulation);
  ask({ type: 'load', scenario: parsed(lesson.scenario) });
  const run = lessonRun(lesson);
  const cueSteps = resolveNarration(lesson.narration, run.events).flatMap((c) => (c.step === null ? [] : [c.step]));
  const binding = { boundSteps: cueSteps, boundUntil: run.stepCount };
  const state = (answers: ReturnType<typeof ask>) => answers.find((a) => a.type === 'state') as StateMessage;
  return { s, ask, run, binding, state };
}

describe('story navigation in the worker', () => {
  it('Next moment visits exactly the lesson’s moments, in order, and Previous moment walks them back', () => {
    const { ask, run, binding, state } = open('first-message');
    const expected = momentSteps(run.rows, run.events, binding);
    const visited: number[] = [];
    for (let i = 0; i < expected.length; i++) {
      const answer = state(ask({ type: 'stepForward', count: 5000, stopAtMoment: true, moments: binding }));
      expect(answer.atMoment).toBe(true);
      visited.push(answer.currentStep);
    }
    expect(visited).toEqual(expected);
    const back = state(ask({ type: 'stepBack', toMoment: true, moments: binding }));
    expect(back.currentStep).toBe(expected[expected.length - 2]);
  });

  it('stops at a moment even inside a Fast batch, and the batch after it goes on from there', () => {
    const { ask, binding, state } = open('break-a-broker');
    const first = state(ask({ type: 'stepForward', count: 5000, stopAtMoment: true, moments: binding, budgetMs: 50 }));
    expect(first.currentStep).toBe(binding.boundSteps[0]);
    const second = state(ask({ type: 'stepForward', count: 5000, stopAtMoment: true, moments: binding, budgetMs: 50 }));
    expect(second.currentStep).toBe(binding.boundSteps[1]);
  });

  it('marks rows routine by the same rule, and sends the current step’s events and the latest moment', () => {
    const { ask, run, state } = open('first-message');
    const answer = state(ask({ type: 'stepForward', count: 30 }));
    const chunk = answer.rows[0];
    let routineSeen = 0;
    for (let i = 0; i < chunk.count; i++) {
      routineSeen += chunk.routine[i];
      const step = chunk.from + i;
      const news = run.events.some((e) => e.step === step && isStoryEvent(e));
      if (news) expect(chunk.routine[i], `step ${step}`).toBe(0);
    }
    expect(routineSeen).toBeGreaterThan(0);
    expect(answer.stepEvents).toEqual(run.events.filter((e) => e.step === 30));
    expect(answer.story?.step).toBeLessThanOrEqual(30);
    expect(answer.story?.events.length).toBeGreaterThan(0);
  });

  it('tells a step in full: its row, events and what changed', () => {
    const { ask, run } = open('first-message');
    ask({ type: 'stepForward', count: 40 });
    const appended = run.events.find((e) => e.type === 'RecordAppended')!.step;
    const details = ask({ type: 'stepDetails', step: appended })[0] as StepDetailsMessage;
    expect(details.row?.step).toBe(appended);
    expect(details.events.map((e) => e.type)).toContain('RecordAppended');
    expect(details.changes).toContain('topic1-0 on broker 1 log end offset: 0 → 1');
    // Nothing moved.
    const after = ask({ type: 'stepForward', count: 1 })[0] as StateMessage;
    expect(after.currentStep).toBe(41);
  });
});

describe('seekEvent', () => {
  it('moves to the first step with a matching event, and stays put when none matches', () => {
    const { ask, run, state } = open('break-a-broker');
    ask({ type: 'stepForward', count: 200 });
    const ack = run.events.find((e) => e.type === 'ProduceAcked' && e.offset === 3)!;
    const moved = state(ask({ type: 'seekEvent', query: { type: 'ProduceAcked', producer: 'p1', topic: 'orders', partition: 0, offsets: [3] } }));
    expect(moved.currentStep).toBe(ack.step);
    const stayed = state(ask({ type: 'seekEvent', query: { type: 'ProduceAcked', producer: 'nobody' } }));
    expect(stayed.currentStep).toBe(ack.step);
  });
});
