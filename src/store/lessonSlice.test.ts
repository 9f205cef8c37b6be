// The lesson slice against the real engine, answered through the worker's request handler (no
// Worker in node), the real lesson tools, and the lesson run played in-process as its worker would.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../engine';
import { type FromEngine, PROTOCOL_VERSION } from '../protocol/messages';
import { type EngineSession, handleRequest } from '../worker/handleRequest';
import { runLessonInProcess } from '../worker/playLessonRun';
import { createAppStore } from './appStore';
import type { EngineClient } from './engineClient';
import { cueAt } from './lessonRunner';
import { currentFileOf } from './scenarioSlice';
import type { LessonKit } from './state';
import { readLaunch } from './shareLink';

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

function newStore(importKit?: () => Promise<LessonKit>) {
  const downloads: { name: string; text: string }[] = [];
  const store = createAppStore(directClient(), {
    lesson: {
      storage: null,
      importKit,
      runLesson: runLessonInProcess,
      download: (name, _type, text) => downloads.push({ name, text }),
      baseUrl: () => 'https://x.example/',
    },
  });
  return { store, downloads };
}

describe('the lesson slice', () => {
  it('opens a lesson by id at a step, plays its run and resolves its narration', async () => {
    const { store } = newStore();
    expect(await store.getState().lessonActions.open({ kind: 'lesson', id: 'first-message', step: 30 })).toBe(true);
    await until(() => store.getState().lessonRun !== null && store.getState().currentStep === 30);
    const s = store.getState();
    expect(s.source).toEqual({ kind: 'lesson', lessonId: 'first-message' });
    expect(s.lesson?.title).toBe('The first message');
    expect(s.lessonRun?.stepCount).toBeGreaterThan(30);
    expect(cueAt(s.lessonCues, 30, null)).toBe('The acknowledgement reaches the producer: offset 0. Only now is the send confirmed.');
  });

  it('makes a share link that reopens the same lesson, seed and step', async () => {
    const { store } = newStore();
    await store.getState().lessonActions.open({ kind: 'lesson', id: 'first-message', seed: 4, step: 12 });
    await until(() => store.getState().currentStep === 12);
    await store.getState().lessonActions.share();
    const link = new URL(store.getState().shareLink ?? '');
    expect(await readLaunch(link.search, link.hash)).toEqual({
      kind: 'lesson',
      id: 'first-message',
      seed: 4,
      step: 12,
    });
  });

  it('exports the lesson as a file that carries its lesson keys and opens again', async () => {
    const { store, downloads } = newStore();
    await store.getState().lessonActions.open({ kind: 'lesson', id: 'retention' });
    await until(() => store.getState().status === 'ready' && store.getState().source !== null);
    store.getState().lessonActions.exportScenario();
    expect(downloads[0].name).toBe('retention.json');
    const file = JSON.parse(downloads[0].text);
    expect(file.lesson.id).toBe('retention');
    expect(await store.getState().lessonActions.open({ kind: 'file', file })).toBe(true);
    await until(() => store.getState().source?.kind === 'file' && store.getState().lessonRun !== null);
    expect(store.getState().lesson?.id).toBe('retention');
    expect(currentFileOf(store.getState())).toMatchObject({
      lesson: file.lesson,
      narration: file.narration,
    });
  });

  it('refuses a bad file with a message naming the problem, leaving the open scenario', async () => {
    const { store } = newStore();
    await store.getState().lessonActions.open({ kind: 'lesson', id: 'first-message' });
    await until(() => store.getState().status === 'ready');
    const ok = await store.getState().lessonActions.open({ kind: 'file', file: { version: 1, title: 'x', cluster: { brokers: 0 } }, what: 'The scenario in the share link' });
    expect(ok).toBe(false);
    expect(store.getState().openError?.message).toMatch(/^The scenario in the share link is not valid:\ncluster\.brokers: /);
    expect(store.getState().source).toEqual({
      kind: 'lesson',
      lessonId: 'first-message',
    });
  });

  it('opens the default page without the lesson kit, and loads it for the first export', async () => {
    let imports = 0;
    const { store, downloads } = newStore(() => {
      imports++;
      return import('./lessonTools');
    });
    await store.getState().lessonActions.launch({ kind: 'default' });
    await store.getState().lessonActions.open({ kind: 'default' });
    await until(() => store.getState().status === 'ready');
    // Give a background import the chance it had before (launch used to start one).
    await new Promise((r) => setTimeout(r, 20));
    expect(imports).toBe(0);
    expect(store.getState().lessonKit).toBeNull();
    store.getState().lessonActions.exportScenario();
    await until(() => downloads.length === 1);
    expect(imports).toBe(1);
    expect(JSON.parse(downloads[0].text)).toMatchObject({
      title: store.getState().title,
    });
  });

  it('remembers the first fork since the load, and a restart forgets it', async () => {
    const { store } = newStore();
    await store.getState().lessonActions.open({ kind: 'lesson', id: 'break-a-broker', step: 20 });
    await until(() => store.getState().currentStep === 20);
    store.getState().actions.intervene({ do: 'crashBroker', broker: 2 });
    await until(() => store.getState().lessonForkStep === 20);
    expect(cueAt(store.getState().lessonCues, 21, 20)).toBeNull();
    store.getState().lessonActions.restartLesson();
    await until(() => store.getState().status === 'ready' && store.getState().lessonForkStep === null && store.getState().currentStep === 0);
  });
});
