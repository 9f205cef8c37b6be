// The client against a stand-in worker (node has no Worker): answers, failures in plain words,
// a fresh worker after one died, and a newer run replacing the one in flight.
import { describe, expect, it } from 'vitest';
import { defaultScenarioFile } from '../lessons/defaultScenario';
import { parsed } from '../lessons/lessonRun.testkit';
import { createLessonRunClient, LessonRunSuperseded, type LessonRunWorker } from './lessonRunClient';
import type { LessonRunRequest, ToLessonRunner } from './lessonRunProtocol';
import { answerLessonRun, playLessonRun } from './playLessonRun';

type Listener = (event: never) => void;

/** Plays each message like the worker does; `hold` keeps answers back until released. */
class FakeWorker implements LessonRunWorker {
  listeners: Record<string, Listener[]> = {};
  terminated = false;
  held: ToLessonRunner[] = [];
  constructor(readonly hold = false) {}
  postMessage(message: ToLessonRunner) {
    const copy = structuredClone(message);
    if (this.hold) this.held.push(copy);
    else setImmediate(() => this.answer(copy));
  }
  answer(message: ToLessonRunner) {
    if (!this.terminated) this.emit('message', { data: structuredClone(answerLessonRun(message)) });
  }
  addEventListener(type: string, listener: Listener) {
    (this.listeners[type] ??= []).push(listener);
  }
  emit(type: string, event: object) {
    for (const l of this.listeners[type] ?? []) l(event as never);
  }
  terminate() {
    this.terminated = true;
  }
}

const request = (seed = 1): LessonRunRequest => ({
  scenario: parsed(defaultScenarioFile),
  seed,
  maxSteps: 200,
  narration: [],
});

describe('the lesson-run client', () => {
  it('starts no worker until asked, then answers with the run the worker played', async () => {
    const spawned: FakeWorker[] = [];
    const client = createLessonRunClient(() => spawned[spawned.push(new FakeWorker()) - 1]);
    expect(spawned).toHaveLength(0);
    const result = await client.run(request());
    expect(result).toEqual(structuredClone(playLessonRun(request())));
    await client.run(request(2));
    expect(spawned).toHaveLength(1);
  });

  it('says a dead worker stopped, in one sentence, and plays the next run in a fresh one', async () => {
    const spawned: FakeWorker[] = [];
    const client = createLessonRunClient(() => spawned[spawned.push(new FakeWorker(true)) - 1]);
    const lost = client.run(request());
    let prevented = false;
    spawned[0].emit('error', {
      message: 'Uncaught RangeError: out of memory',
      preventDefault: () => (prevented = true),
    });
    await expect(lost).rejects.toThrow('the worker playing it stopped (Uncaught RangeError: out of memory). Reload the page to try again.');
    expect(prevented).toBe(true);
    expect(spawned[0].terminated).toBe(true);
    const next = client.run(request());
    expect(spawned).toHaveLength(2);
    spawned[1].answer(spawned[1].held[0]);
    expect((await next).run.stepCount).toBe(200);
  });

  it('passes on a run the worker could not play as its message', async () => {
    const client = createLessonRunClient(() => new FakeWorker());
    await expect(client.run({ ...request(), scenario: null as never })).rejects.toThrow(/\S/);
  });

  it('drops the run in flight for a newer one, stopping the worker that played it', async () => {
    const spawned: FakeWorker[] = [];
    const client = createLessonRunClient(() => spawned[spawned.push(new FakeWorker(true)) - 1]);
    const old = client.run(request(1));
    const fresh = client.run(request(2));
    await expect(old).rejects.toBeInstanceOf(LessonRunSuperseded);
    expect(spawned[0].terminated).toBe(true);
    spawned[1].answer(spawned[1].held[0]);
    expect((await fresh).run.rows).toEqual(playLessonRun(request(2)).run.rows);
  });

  it('says so when no worker can be started', async () => {
    const client = createLessonRunClient(() => {
      throw new ReferenceError('Worker is not defined');
    });
    client.warm();
    await expect(client.run(request())).rejects.toThrow('its worker could not start (Worker is not defined).');
  });
});
