// The worker's request handler against the real engine: stepping over routine steps.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../engine';
import { defaultScenarioFile } from '../lessons/defaultScenario';
import { PROTOCOL_VERSION } from '../protocol/messages';
import { parseScenario } from '../scenario/parse';
import { type EngineSession, handleRequest } from './handleRequest';

function session() {
  const parsed = parseScenario(defaultScenarioFile);
  if (!parsed.ok) throw new Error('the default scenario is invalid');
  const s: EngineSession = { sim: null };
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
