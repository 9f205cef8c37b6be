// The worker's request handler against the real engine: stepping over routine steps.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../engine';
import { defaultScenarioFile } from '../lessons/defaultScenario';
import { PROTOCOL_VERSION, type StateMessage } from '../protocol/messages';
import { ROW_BLOCK } from '../protocol/rowBlocks';
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
    for (let i = 0; i < 5; i++) ask({ type: 'stepForward', count: 1, skipRoutine: true });
    const sim = s.sim!;
    const at = sim.currentStep;
    expect(sim.rows(at, at)[0].routine).not.toBe(true);
    const skipped = sim.rows(1, at).filter((r) => r.routine).length;
    expect(skipped).toBeGreaterThan(0);
    ask({ type: 'stepBack', skipRoutine: true });
    const back = sim.currentStep;
    expect(back).toBeLessThan(at);
    expect(sim.rows(back + 1, at - 1).every((r) => r.routine)).toBe(true);
    expect(back === 0 || sim.rows(back, back)[0].routine !== true).toBe(true);
  });

  it('without skipRoutine every step is visited', () => {
    const { s, ask } = session();
    for (let i = 0; i < 5; i++) ask({ type: 'stepForward', count: 1 });
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
      budgetMs: 100,
    });
    const played = timed.s.sim!.currentStep;
    expect(played).toBeGreaterThan(0);
    expect(played).toBeLessThan(5000);
    const plain = session();
    plain.ask({ type: 'stepForward', count: played });
    const [replayed] = handleRequest(
      plain.s,
      {
        v: PROTOCOL_VERSION,
        id: 99,
        type: 'seek',
        step: played,
      },
      createSimulation,
    );
    expect((answer as { view: unknown }).view).toEqual((replayed as { view: unknown }).view);
  });

  it('sends the row blocks around the new step that the page does not hold whole', () => {
    const { ask } = session();
    const [answer] = ask({ type: 'stepForward', count: 10 });
    expect(answer).toMatchObject({ type: 'state', rows: [{ from: 1, count: 10 }] });
    ask({ type: 'seek', step: 2 * ROW_BLOCK + 20 });
    const [near] = ask({ type: 'stepBack', held: [] });
    expect((near as StateMessage).rows.map((r) => [r.from, r.count])).toEqual([
      [ROW_BLOCK + 1, ROW_BLOCK],
      [2 * ROW_BLOCK + 1, 20],
    ]);
    const [held] = ask({ type: 'stepBack', held: [1] });
    expect((held as StateMessage).rows.map((r) => r.from)).toEqual([2 * ROW_BLOCK + 1]);
  });

  it('sends blocks when asked, and filters rows it alone holds', () => {
    const { s, ask } = session();
    ask({ type: 'seek', step: 3 * ROW_BLOCK });
    const [blocks] = ask({ type: 'rows', blocks: [0, 2, 9] });
    expect(blocks).toMatchObject({ type: 'rowBlocks', stepCount: 3 * ROW_BLOCK, blocks: [{ from: 1 }, { from: 2 * ROW_BLOCK + 1 }] });
    const [filtered] = ask({ type: 'filterRows', filter: { component: '', search: '', hideRoutine: true }, from: 1, to: 3 * ROW_BLOCK });
    const expected = s.sim!.rows(1, 3 * ROW_BLOCK).filter((r) => !r.routine).map((r) => r.step - 1);
    expect(filtered).toMatchObject({ type: 'filtered', from: 1, to: 3 * ROW_BLOCK, indexes: expected });
  });
});
