// The worker's request handler against the real engine: stepping over routine steps.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../engine';
import { defaultScenarioFile } from '../lessons/defaultScenario';
import { PROTOCOL_VERSION } from '../protocol/messages';
import { parseScenario } from '../scenario/parse';
import { type EngineSession, handleRequest } from './handleRequest';

function session(now?: () => number) {
  const parsed = parseScenario(defaultScenarioFile);
  if (!parsed.ok) throw new Error('the default scenario is invalid');
  const s: EngineSession = { sim: null, now };
  let id = 0;
  const ask = (body: Record<string, unknown>) => handleRequest(s, { v: PROTOCOL_VERSION, id: ++id, ...body }, createSimulation);
  ask({ type: 'load', scenario: parsed.scenario });
  return { s, ask };
}

describe('stepping with routine steps hidden', () => {
  it('Step forward lands on the next step that is not routine, and Step back on the previous one', () => {
    const { s, ask } = session();
    for (let i = 0; i < 5; i++) ask({ type: 'stepForward', count: 1, haveRows: 0, skipRoutine: true });
    const sim = s.sim!;
    const at = sim.currentStep;
    expect(sim.rows(at, at)[0].routine).not.toBe(true);
    const skipped = sim.rows(1, at).filter((r) => r.routine).length;
    expect(skipped).toBeGreaterThan(0);
    ask({ type: 'stepBack', haveRows: at, skipRoutine: true });
    const back = sim.currentStep;
    expect(back).toBeLessThan(at);
    expect(sim.rows(back + 1, at - 1).every((r) => r.routine)).toBe(true);
    expect(back === 0 || sim.rows(back, back)[0].routine !== true).toBe(true);
  });

  it('without skipRoutine every step is visited', () => {
    const { s, ask } = session();
    for (let i = 0; i < 5; i++) ask({ type: 'stepForward', count: 1, haveRows: 0 });
    expect(s.sim!.currentStep).toBe(5);
  });
});

describe('stepping on a time budget', () => {
  it('stops early when the budget is spent, and the steps it played are the same steps', () => {
    let t = 0;
    const timed = session(() => (t += 1));
    const [answer] = timed.ask({
      type: 'stepForward',
      count: 5000,
      haveRows: 0,
      budgetMs: 100,
    });
    const played = timed.s.sim!.currentStep;
    expect(played).toBeGreaterThan(0);
    expect(played).toBeLessThan(5000);
    const plain = session();
    plain.ask({ type: 'stepForward', count: played, haveRows: 0 });
    const [replayed] = handleRequest(
      plain.s,
      {
        v: PROTOCOL_VERSION,
        id: 99,
        type: 'seek',
        step: played,
        haveRows: played,
      },
      createSimulation,
    );
    expect((answer as { view: unknown }).view).toEqual((replayed as { view: unknown }).view);
  });

  it('sends the missing rows packed, from the first one the client lacks', () => {
    const { ask } = session();
    const [answer] = ask({ type: 'stepForward', count: 10, haveRows: 0 });
    expect(answer).toMatchObject({
      type: 'state',
      rowsFrom: 1,
      rows: { from: 1, count: 10 },
    });
    const [again] = ask({ type: 'stepForward', count: 5, haveRows: 10 });
    expect(again).toMatchObject({ rowsFrom: 11, rows: { from: 11, count: 5 } });
  });
});
