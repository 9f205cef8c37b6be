// Story navigation through the store, against the real engine (the worker's handler in-process)
// and a lesson run played as its worker would.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../engine';
import { type FromEngine, PROTOCOL_VERSION } from '../protocol/messages';
import { type EngineSession, handleRequest } from '../worker/handleRequest';
import { runLessonInProcess } from '../worker/playLessonRun';
import { createAppStore } from './appStore';
import type { EngineClient } from './engineClient';
import { momentBinding, pauseAtMomentsOn } from './storyNavigation';

function directClient(): EngineClient {
  const session: EngineSession = { sim: null };
  const listeners = new Set<(m: FromEngine) => void>();
  let id = 1;
  return {
    request(body) {
      const msg = { ...body, v: PROTOCOL_VERSION, id: id++ };
      const answers = handleRequest(session, structuredClone(msg), createSimulation);
      setImmediate(() => {
        for (const a of answers) for (const l of listeners) l(structuredClone(a));
      });
      return msg.id;
    },
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    dispose() {},
  };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

async function openLesson(id: string) {
  const store = createAppStore(directClient(), { lesson: { storage: null, runLesson: runLessonInProcess } });
  await store.getState().lessonActions.open({ kind: 'lesson', id });
  await until(() => store.getState().lessonCues.length > 0 && store.getState().status === 'ready');
  return store;
}

describe('story navigation', () => {
  it('"The first message" reaches the producer’s send in three presses of Next moment, and Previous moment goes back one', async () => {
    const store = await openLesson('first-message');
    const s = () => store.getState();
    const cues = [...new Set(s().lessonCues.map((c) => c.step))];
    for (let press = 0; press < 3; press++) {
      const from = s().currentStep;
      s().storyActions.nextMoment();
      await until(() => s().currentStep !== from);
    }
    expect(s().currentStep).toBe(cues[2]);
    expect(s().stepEvents.map((e) => e.type)).toContain('RecordSent');
    s().storyActions.previousMoment();
    await until(() => s().currentStep === cues[1]);
  });

  it('pauses Play at every moment at Fast in a lesson, and nowhere else by default', async () => {
    const store = await openLesson('break-a-broker');
    const s = () => store.getState();
    expect(pauseAtMomentsOn(s())).toBe(true);
    const cues = [...new Set(s().lessonCues.map((c) => c.step))];
    s().actions.setSpeed('fast');
    for (const cue of cues.slice(0, 3)) {
      s().actions.play();
      await until(() => !s().playing);
      expect(s().currentStep).toBe(cue);
    }
    const plain = createAppStore(directClient(), { lesson: { storage: null, runLesson: runLessonInProcess } });
    await plain.getState().lessonActions.open({ kind: 'default' });
    await until(() => plain.getState().status === 'ready');
    expect(pauseAtMomentsOn(plain.getState())).toBe(false);
  });

  it('binds moments to the lesson until an intervention, and generates them after it', async () => {
    const store = await openLesson('first-message');
    const s = () => store.getState();
    expect(momentBinding(s())?.boundUntil).toBe(s().lessonRun?.stepCount);
    s().actions.seek(12);
    await until(() => s().currentStep === 12);
    s().actions.intervene({ do: 'crashBroker', broker: 1 });
    await until(() => s().lessonForkStep === 12 && s().currentStep === 13);
    expect(momentBinding(s())?.boundUntil).toBe(12);
    expect(s().storyMoment?.events.map((e) => e.type)).toContain('BrokerCrashed');
  });

  it('opens a step’s details with its events and what changed', async () => {
    const store = await openLesson('first-message');
    const s = () => store.getState();
    s().actions.seek(40);
    await until(() => s().currentStep === 40);
    const appended = s().lessonRun!.events.find((e) => e.type === 'RecordAppended')!.step;
    s().storyActions.openStepDetails(appended);
    await until(() => s().stepDetails?.details !== null);
    expect(s().stepDetails?.details?.events.map((e) => e.type)).toContain('RecordAppended');
    expect(s().stepDetails?.details?.changes.length).toBeGreaterThan(0);
    expect(s().currentStep).toBe(40);
  });
});
