// Store logic against the real engine through the worker's request handler (no Worker in node):
// the same decode → engine → post path the browser runs, answered asynchronously.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulation } from '../engine';
import { defaultScenarioFile } from '../lessons/defaultScenario';
import { type FromEngine, PROTOCOL_VERSION } from '../protocol/messages';
import { formatProblems, parseScenario } from '../scenario/parse';
import { parseInput } from '../scenario/parseInput';
import type { Scenario } from '../scenario/types';
import { type CreateSimulation, type EngineSession, handleRequest } from '../worker/handleRequest';
import type { AppStore } from './state';
import { createAppStore } from './appStore';
import { createEngineClient } from './engineClient';
import type { Timers } from './playback';

function fakeWorker(create: CreateSimulation = createSimulation) {
  const session: EngineSession = { sim: null };
  let onMessage: ((e: MessageEvent<unknown>) => void) | null = null;
  let sent = 0;
  return {
    get sent() {
      return sent;
    },
    postMessage(message: unknown) {
      sent++;
      const answers = handleRequest(session, structuredClone(message), create);
      setImmediate(() => {
        for (const a of answers) onMessage?.({ data: structuredClone(a) } as MessageEvent<unknown>);
      });
    },
    addEventListener(type: string, listener: (e: never) => void) {
      if (type === 'message') onMessage = listener as (e: MessageEvent<unknown>) => void;
    },
    terminate() {},
  };
}

function manualTimers() {
  let now = 0;
  let queue: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 1;
  const timers: Timers = {
    now: () => now,
    set: (fn, ms) => {
      const id = nextId++;
      queue.push({ at: now + ms, fn, id });
      return id;
    },
    clear: (h) => {
      queue = queue.filter((q) => q.id !== h);
    },
  };
  return {
    timers,
    /** Time passing while the page waits on the worker: the clock moves, no timer runs. */
    spend(ms: number) {
      now += ms;
    },
    /** Runs due timers up to `ms` from now, letting engine answers arrive in between. */
    async advance(ms: number) {
      const end = now + ms;
      for (;;) {
        await settle();
        queue.sort((a, b) => a.at - b.at);
        const next = queue[0];
        if (!next || next.at > end) break;
        queue.shift();
        now = next.at;
        next.fn();
      }
      now = end;
      await settle();
    },
  };
}

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
};

let scenario: Scenario;
let store: AppStore;
let clock: ReturnType<typeof manualTimers>;

beforeEach(async () => {
  const parsed = parseScenario(defaultScenarioFile);
  if (!parsed.ok) throw new Error(formatProblems(parsed.problems));
  scenario = parsed.scenario;
  clock = manualTimers();
  store = createAppStore(createEngineClient(fakeWorker()), {
    loadParser: async () => parseInput,
    timers: clock.timers,
  });
  await store.getState().actions.open({ kind: 'default' });
  await settle();
});

const s = () => store.getState();
/** The rows the page holds, in order (a short run is held whole). */
const heldRows = () => Array.from({ length: s().rows.length }, (_, i) => s().rows.get(i)).filter((r) => r !== undefined);

describe('loading', () => {
  it('is ready at step 0 with the scenario title and no rows', () => {
    expect(s().status).toBe('ready');
    expect(s().title).toBe(scenario.title);
    expect(s().currentStep).toBe(0);
    expect(heldRows()).toEqual([]);
    expect(s().view?.brokers).toHaveLength(3);
  });

  it('opens at a step when asked', async () => {
    await s().actions.open({ kind: 'default', step: 25 });
    await settle();
    expect(s().currentStep).toBe(25);
    expect(s().rows).toHaveLength(25);
    expect(
      heldRows().map((r) => r.step),
    ).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });
});

describe('stepping and seeking', () => {
  it('adds one row per step forward and keeps rows when stepping back', async () => {
    s().actions.stepForward();
    await settle();
    s().actions.stepForward();
    await settle();
    expect(s().currentStep).toBe(2);
    expect(
      heldRows().map((r) => r.step),
    ).toEqual([1, 2]);
    s().actions.stepBack();
    await settle();
    expect(s().currentStep).toBe(1);
    expect(s().rows).toHaveLength(2);
  });

  it('shows exactly the old state after seeking back', async () => {
    s().actions.seek(40);
    await settle();
    const at40 = s().view;
    s().actions.seek(160);
    await settle();
    expect(s().rows).toHaveLength(160);
    s().actions.seek(40);
    await settle();
    expect(s().view).toEqual(at40);
    expect(s().rows).toHaveLength(160);
  });

  it('keeps the recent views for the status tracker', async () => {
    s().actions.seek(90);
    await settle();
    const steps = s().trackerViews.map((h) => h.step);
    for (const step of [87, 88, 89, 90]) expect(steps).toContain(step);
  });

  it('collects the components for the table filter', async () => {
    s().actions.seek(160);
    await settle();
    expect([...s().components].sort()).toEqual(
      [
        ...new Set(
          heldRows().map((r) => r.component),
        ),
      ].sort(),
    );
    expect(new Set(s().components).size).toBe(s().components.length);
  });
});

describe('the row window', () => {
  it('holds the rows around the step shown and fetches others when read', async () => {
    s().actions.seek(1400);
    await settle();
    expect(s().rows.length).toBe(1400);
    expect(s().rows.heldRows).toBeLessThan(520);
    expect(s().rows.get(1399)?.step).toBe(1400);
    expect(s().rows.get(4)).toBeUndefined();
    await settle();
    expect(s().rows.get(4)?.step).toBe(5);
  });

  it('filters rows it does not hold through the worker', async () => {
    s().actions.seek(1400);
    await settle();
    s().actions.setHideRoutine(true);
    await settle();
    const sim = createSimulation(scenario, scenario.seed);
    sim.seek(1400);
    const expected = sim
      .rows(1, 1400)
      .filter((r) => !r.routine)
      .map((r) => r.step - 1);
    const index = s().rows.filtered!;
    expect(index.scanned).toBe(1400);
    expect(index.indexes.slice(0, index.count)).toEqual(expected);
    s().actions.setHideRoutine(false);
    expect(s().rows.filtered).toBeNull();
  });
});

describe('interventions', () => {
  it('discards the old future and says where the timeline forked', async () => {
    s().actions.seek(200);
    await settle();
    s().actions.seek(120);
    await settle();
    const oldRow121 = s().rows.get(120);
    s().actions.intervene({ do: 'crashBroker', broker: 1 });
    await settle();
    expect(s().forkedAt).toBe(120);
    expect(s().stepCount).toBe(121);
    expect(s().rows).toHaveLength(121);
    expect(s().rows.get(120)).not.toEqual(oldRow121);
    expect(s().trackerViews.every((h) => h.step <= 121)).toBe(true);
  });
});

describe('import', () => {
  it('keeps the open simulation when the file is bad and names the problem', async () => {
    s().actions.seek(30);
    await settle();
    expect(await s().actions.open({ kind: 'text', text: '{"version": 1, "title": "x", "cluster": {"brokers": 0}}', fileName: 'bad.json' })).toBe(false);
    await settle();
    expect(s().openError).toMatchObject({ kind: 'text', message: expect.stringMatching(/^bad\.json is not a valid scenario: cluster\.brokers/) });
    expect(s().currentStep).toBe(30);
    expect(s().title).toBe(scenario.title);
  });

  it('loads a good file', async () => {
    const file = {
      ...defaultScenarioFile,
      title: 'Imported',
      durationMs: 5000,
    };
    await s().actions.open({ kind: 'text', text: JSON.stringify(file), fileName: 'good.json' });
    await settle();
    expect(s().openError).toBeNull();
    expect(s().title).toBe('Imported');
    expect(s().currentStep).toBe(0);
  });
});

describe('one way in', () => {
  it('loads the parser once, on first use, for text and files alike', async () => {
    let loads = 0;
    const own = createAppStore(createEngineClient(fakeWorker()), {
      loadParser: async () => {
        loads++;
        return parseInput;
      },
      timers: clock.timers,
    });
    await own.getState().actions.open({ kind: 'default' });
    expect(loads).toBe(0);
    await own.getState().actions.open({ kind: 'text', text: JSON.stringify(defaultScenarioFile) });
    await own.getState().lessonActions.open({ kind: 'file', file: defaultScenarioFile });
    expect(loads).toBe(1);
  });

  it('names the problem and keeps the open scenario when the parser cannot load', async () => {
    const own = createAppStore(createEngineClient(fakeWorker()), {
      loadParser: () => Promise.reject(new Error('offline')),
      timers: clock.timers,
    });
    await own.getState().actions.open({ kind: 'default', step: 5 });
    await settle();
    expect(await own.getState().actions.open({ kind: 'text', text: '{}', fileName: 'x.json' })).toBe(false);
    expect(own.getState().openError?.message).toMatch(/parser did not load \(offline\)/);
    expect(own.getState().currentStep).toBe(5);
    own.getState().actions.dismissOpenError();
    expect(own.getState().openError).toBeNull();
  });

  it('reopens the open scenario from step 0 with its seed', async () => {
    s().actions.seek(30);
    await settle();
    s().lessonActions.restartLesson();
    await settle();
    expect(s().currentStep).toBe(0);
    expect(s().title).toBe(scenario.title);
  });
});

describe('engine invariants (development builds)', () => {
  it('shows the first broken invariant as an error until dismissed, and forgets it on the next load', async () => {
    const breaking: CreateSimulation = (sc, seed) => {
      const sim = createSimulation(sc, seed, { checkInvariants: true });
      const view = sim.view.bind(sim);
      sim.view = (w) => ({ ...view(w), invariantViolations: sim.currentStep >= 3 ? ['step 3: high watermark above the log end', 'step 4: another'] : [] });
      return sim;
    };
    const own = createAppStore(createEngineClient(fakeWorker(breaking)), { timers: clock.timers });
    await own.getState().actions.open({ kind: 'default', step: 2 });
    await settle();
    expect(own.getState().invariantViolation).toBeNull();
    own.getState().actions.stepForward();
    await settle();
    expect(own.getState().invariantViolation).toBe('step 3: high watermark above the log end (and 1 more)');
    own.getState().actions.dismissInvariantViolation();
    own.getState().actions.stepForward();
    await settle();
    expect(own.getState().invariantViolation).toBeNull();
    await own.getState().actions.open({ kind: 'default' });
    await settle();
    expect(own.getState().invariantViolation).toBeNull();
  });
});

describe('playback', () => {
  it('plays at the chosen speed and stops on pause', async () => {
    s().actions.setSpeed(10);
    s().actions.play();
    expect(s().playing).toBe(true);
    await clock.advance(1000);
    const after1s = s().currentStep;
    expect(after1s).toBeGreaterThanOrEqual(9);
    expect(after1s).toBeLessThanOrEqual(12);
    s().actions.pause();
    expect(s().playing).toBe(false);
    await clock.advance(1000);
    expect(s().currentStep).toBe(after1s);
  });

  it('plays to the end at "fast" and stops there', async () => {
    s().actions.setSpeed('fast');
    s().actions.play();
    await clock.advance(200);
    expect(s().finished).toBe(true);
    expect(s().playing).toBe(false);
    expect(s().currentStep).toBe(s().stepCount);
    expect(s().rows).toHaveLength(s().stepCount);
  });

  it('lets the worker rest at "fast" between chunks, as long as each one took', async () => {
    const asked: number[] = [];
    const inner = fakeWorker();
    const worker = {
      ...inner,
      postMessage(message: unknown) {
        if ((message as { type?: string }).type === 'stepForward') {
          asked.push(clock.timers.now());
          clock.spend(20);
        }
        inner.postMessage(message);
      },
    };
    const own = createAppStore(createEngineClient(worker), { loadParser: async () => parseInput, timers: clock.timers });
    await own.getState().actions.open({ kind: 'text', text: JSON.stringify({ ...defaultScenarioFile, durationMs: 600_000 }) });
    await settle();
    own.getState().actions.setSpeed('fast');
    own.getState().actions.play();
    await clock.advance(300);
    own.getState().actions.pause();
    expect(asked.length).toBeGreaterThanOrEqual(4);
    // Asked, 20 ms of work, then 20 ms of rest before the next chunk (without the rest: 20 – 24 ms).
    const gaps = asked.slice(1).map((t, i) => t - asked[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(40);
  });

  it('pauses when the teacher steps by hand', async () => {
    s().actions.play();
    s().actions.stepForward();
    expect(s().playing).toBe(false);
  });
});

describe('engine errors', () => {
  it('shows a plain message, not a stack', async () => {
    const answers: FromEngine[] = handleRequest({ sim: null }, { v: PROTOCOL_VERSION, id: 9, type: 'stepBack' }, createSimulation);
    expect(answers[0]).toMatchObject({ type: 'error', replyTo: 9 });
    expect((answers[0] as { message: string }).message).not.toMatch(/\n\s+at /);
    const refused = handleRequest({ sim: null }, { v: 99, id: 1, type: 'load' }, createSimulation);
    expect(refused[0]).toMatchObject({ type: 'error' });
  });
});
