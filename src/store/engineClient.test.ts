// The engine client against the real engine through the worker's request handler: when a worker
// dies, a fresh one replays the command log and lands on the same step with the same view.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../engine';
import type { FromEngine, StateMessage, ToEngineBody } from '../protocol/messages';
import { type EngineSession, handleRequest } from '../worker/handleRequest';
import { isCrashRequest } from '../worker/testCrash';
import { defaultScenario } from '../boot/defaultScenario';
import { CommandLog, REPLAY_STRIDE } from './commandLog';
import { createEngineClient, type EngineLifecycle, type WorkerLike } from './engineClient';
import { chunkRow } from '../engine/rowChunk';

interface FakeWorker extends WorkerLike {
  crash(): void;
  terminated: boolean;
}

/** Answers asynchronously through handleRequest, like the real worker; can crash or go silent. */
function fakeWorker(options: { deadOnArrival?: boolean } = {}): FakeWorker {
  const session: EngineSession = { sim: null };
  let onMessage: ((e: MessageEvent<unknown>) => void) | null = null;
  let onError: ((e: ErrorEvent) => void) | null = null;
  const w: FakeWorker = {
    terminated: false,
    postMessage(message) {
      if (w.terminated) return;
      if (isCrashRequest(message) || options.deadOnArrival) return void setImmediate(() => w.crash());
      const answers = handleRequest(session, structuredClone(message), createSimulation);
      setImmediate(() => {
        if (!w.terminated) for (const a of answers) onMessage?.({ data: structuredClone(a) } as MessageEvent<unknown>);
      });
    },
    addEventListener(type: string, listener: unknown) {
      if (type === 'message') onMessage = listener as typeof onMessage;
      else onError = listener as typeof onError;
    },
    terminate() {
      w.terminated = true;
    },
    crash() {
      if (!w.terminated) onError?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
    },
  };
  return w;
}

const settle = async (rounds = 40) => {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setImmediate(r));
};

function harness(spawn: () => WorkerLike, answerTimeoutMs?: number) {
  const client = createEngineClient(spawn, { answerTimeoutMs });
  const answers: FromEngine[] = [];
  const events: EngineLifecycle[] = [];
  client.subscribe((m) => answers.push(m));
  client.onLifecycle?.((e) => events.push(e));
  const lastState = () => answers.filter((a): a is FromEngine & StateMessage => a.type === 'state').pop()!;
  const ask = async (body: ToEngineBody) => {
    client.request(body);
    await settle();
  };
  return { client, answers, events, lastState, ask };
}

describe('rebuilding after the worker dies', () => {
  it('lands on the same step with the same view, interventions replayed', async () => {
    const workers: FakeWorker[] = [];
    const h = harness(() => workers[workers.push(fakeWorker()) - 1]);
    await h.ask({ type: 'load', scenario: defaultScenario });
    await h.ask({ type: 'seek', step: 60 });
    await h.ask({
      type: 'intervene',
      action: { do: 'crashBroker', broker: 1 },
    });
    await h.ask({ type: 'seek', step: 90 });
    await h.ask({ type: 'seek', step: 75 });
    const before = h.lastState();
    expect(before.currentStep).toBe(75);

    h.client.kill?.('crash');
    await settle(200);
    expect(workers).toHaveLength(2);
    expect(workers[0].terminated).toBe(true);
    expect(h.events.map((e) => e.type)).toEqual(['restarting', 'restored']);
    const restored = h.events[1] as Extract<EngineLifecycle, { type: 'restored' }>;
    expect(restored.step).toBe(75);
    expect(restored.state?.view).toEqual(before.view);

    // The future is the same too: the crash of broker 1 was replayed at step 60.
    await h.ask({ type: 'seek', step: 90 });
    const again = h.lastState();
    expect(again.rows[0]).toMatchObject({ from: 1, count: 90 });
    expect(chunkRow(again.rows[0], 60).action).toMatch(/crash/i);
  });

  it('finds a silent death by the timeout', async () => {
    const workers: FakeWorker[] = [];
    const h = harness(() => workers[workers.push(fakeWorker()) - 1], 100);
    await h.ask({ type: 'load', scenario: defaultScenario, step: 30 });
    h.client.kill?.('silent');
    h.client.request({ type: 'stepForward', count: 1 });
    await new Promise((r) => setTimeout(r, 250));
    await settle(200);
    expect(h.events.map((e) => e.type)).toEqual(['restarting', 'restored']);
    expect(h.events[0]).toMatchObject({ step: 30 });
  });

  it('sends a lost load again instead of an older run', async () => {
    const workers: FakeWorker[] = [];
    const h = harness(() => workers[workers.push(fakeWorker()) - 1]);
    await h.ask({ type: 'load', scenario: defaultScenario });
    h.client.request({
      type: 'load',
      scenario: { ...defaultScenario, title: 'Second' },
    });
    h.client.kill?.('crash');
    await settle(200);
    expect(h.answers.find((a) => a.type === 'loaded' && a.title === 'Second')).toBeTruthy();
    expect(h.events.map((e) => e.type)).toEqual(['restarting', 'restored']);
  });

  it('gives up when fresh workers keep dying', async () => {
    let spawned = 0;
    const h = harness(() => fakeWorker({ deadOnArrival: ++spawned > 1 }));
    await h.ask({ type: 'load', scenario: defaultScenario });
    h.client.kill?.('crash');
    await settle(400);
    expect(h.events.at(-1)).toMatchObject({ type: 'failed' });
    expect(spawned).toBe(4);
    h.client.request({ type: 'stepForward', count: 1 });
    await settle();
    expect(h.answers.at(-1)).toMatchObject({ type: 'error' });
  });
});

describe('the command log', () => {
  const load: ToEngineBody & { type: 'load' } = {
    type: 'load',
    scenario: defaultScenario,
    seed: 7,
    step: 20,
  };

  it('forgets interventions after a fork, as the engine does', () => {
    const log = new CommandLog();
    log.onLoaded(load);
    log.onIntervened(50, { do: 'crashBroker', broker: 1 });
    log.onIntervened(80, { do: 'crashBroker', broker: 2 });
    log.onIntervened(50, { do: 'restartBroker', broker: 1 });
    expect(log.logged.map((i) => [i.step, i.action.do])).toEqual([
      [50, 'crashBroker'],
      [50, 'restartBroker'],
    ]);
  });

  it('replays in strides the worker accepts and ends on the step shown', () => {
    const log = new CommandLog();
    log.onLoaded(load);
    log.onIntervened(12_000, { do: 'crashBroker', broker: 1 });
    log.onState(3_000, 12_500);
    const replay = log.replay();
    expect(replay[0]).toMatchObject({ type: 'load', seed: 7, step: undefined });
    const seeks = replay.filter((r) => r.type === 'seek').map((r) => r.step);
    expect(seeks).toEqual([REPLAY_STRIDE, 2 * REPLAY_STRIDE, 12_000, 3_000]);
    expect(replay.at(-1)).toEqual({ type: 'seek', step: 3_000 });
  });
});
