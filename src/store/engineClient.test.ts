// The engine client against the real engine through the worker's request handler: when a worker
// dies, a fresh one replays the command log and lands on the same step with the same view.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../engine';
import { type FromEngine, MAX_STEPS_PER_REQUEST, type StateMessage, type ToEngineBody } from '../protocol/messages';
import { type EngineSession, handleRequest } from '../worker/handleRequest';
import { isCrashRequest } from '../worker/testCrash';
import { defaultScenario } from '../boot/defaultScenario';
import { CommandLog } from './commandLog';
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

  it('replays every intervention in order, so the engine forks again as it did: the same run results', () => {
    const session: EngineSession = { sim: null };
    let id = 0;
    const log = new CommandLog();
    const ask = (body: ToEngineBody) => {
      const answers = handleRequest(session, { ...body, v: 3, id: ++id }, createSimulation);
      const state = answers.find((a): a is FromEngine & StateMessage => a.type === 'state');
      if (body.type === 'load') log.onLoaded(body);
      if (state) log.onState(state.currentStep);
      if (body.type === 'intervene' && state?.forkedAt !== undefined) log.onIntervened(state.forkedAt, body.action);
      return state;
    };
    ask({ ...load, step: undefined });
    ask({ type: 'seek', step: 50 });
    ask({ type: 'intervene', action: { do: 'crashBroker', broker: 1 } });
    ask({ type: 'seek', step: 80 });
    ask({ type: 'intervene', action: { do: 'crashBroker', broker: 2 } });
    ask({ type: 'seek', step: 60 });
    ask({ type: 'intervene', action: { do: 'restartBroker', broker: 1 } });
    const original = ask({ type: 'seek', step: 120 })!;
    expect(log.logged.map((i) => i.step)).toEqual([50, 80, 60]);

    const fresh: EngineSession = { sim: null };
    let last: StateMessage | undefined;
    for (const body of log.replay()) last = handleRequest(fresh, { ...body, v: 3, id: ++id }, createSimulation).find((a): a is FromEngine & StateMessage => a.type === 'state');
    expect(last?.currentStep).toBe(120);
    expect(last?.view).toEqual(original.view);
    expect(fresh.sim!.rows(1, 120)).toEqual(session.sim!.rows(1, 120));
  });

  it('replays in strides the worker accepts and ends on the step shown', () => {
    const log = new CommandLog();
    log.onLoaded(load);
    log.onIntervened(12_000, { do: 'crashBroker', broker: 1 });
    log.onState(3_000);
    const replay = log.replay();
    expect(replay[0]).toMatchObject({ type: 'load', seed: 7, step: undefined });
    const seeks = replay.filter((r) => r.type === 'seek').map((r) => r.step);
    expect(seeks).toEqual([MAX_STEPS_PER_REQUEST, 2 * MAX_STEPS_PER_REQUEST, 12_000, 3_000]);
    expect(replay.at(-1)).toEqual({ type: 'seek', step: 3_000 });
  });
});
