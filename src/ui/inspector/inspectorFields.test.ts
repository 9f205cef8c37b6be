import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../engine';
import type { ClusterView } from '../../engine/view.types';
import { defaultScenarioFile } from '../../lessons/defaultScenario';
import { parseScenario } from '../../scenario/parse';
import { inspectorContent } from './inspectorFields';

function endView(): ClusterView {
  const parsed = parseScenario(defaultScenarioFile);
  if (!parsed.ok) throw new Error('default scenario invalid');
  const sim = createSimulation(parsed.scenario);
  sim.runToEnd();
  return sim.view();
}

describe('inspectorContent of a send', () => {
  it('shows the send while the view holds it', () => {
    const view = endView();
    const p = view.producers[0];
    const content = inspectorContent(view, { kind: 'send', producer: p.id, index: 0 });
    expect(content?.fields).toContainEqual(['value', p.sends[0].value]);
  });

  it('says a send older than what the page keeps was let go, and how to see it', () => {
    const view = endView();
    const p = view.producers[0];
    // As the worker's window leaves it after a long run: counted, no longer listed.
    const cut = { ...view, producers: [{ ...p, sends: p.sends.slice(1), sendCounts: { total: p.sends.length, acked: 0, pending: 0, failed: 0 } }] };
    const content = inspectorContent(cut, { kind: 'send', producer: p.id, index: 0 });
    expect(content?.title).toBe(`Record #1 from producer ${p.id}`);
    expect(content?.fields[0][1]).toMatch(/newest 5,000 sends; step back to when it was sent/);
    // Not sent yet at this step: nothing to show.
    expect(inspectorContent(cut, { kind: 'send', producer: p.id, index: p.sends.length })).toBeNull();
  });
});
