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

describe('inspectorContent of a record', () => {
  it('names the send that wrote it, even when the page no longer keeps that send', () => {
    const view = endView();
    const p = view.producers[0];
    const snd = p.sends.find((x) => x.offset !== null && x.partition !== null);
    if (!snd || snd.partition === null || snd.offset === null) throw new Error('no acked send');
    const select = { kind: 'record' as const, topic: snd.topic, partition: snd.partition, offset: snd.offset };
    const sentBy = (v: typeof view) => inspectorContent(v, select)?.fields.find(([k]) => k === 'sent by')?.[1];
    expect(sentBy(view)).toBe(`producer ${p.id}, send #${snd.index + 1}`);
    // As the worker's view leaves a long run: the send is no longer listed, the focused record names it.
    const named = {
      ...view,
      producers: [{ ...p, sends: p.sends.filter((x) => x !== snd) }],
      partitions: view.partitions.map((part) => ({
        ...part,
        replicaLogs: part.replicaLogs.map((r) => ({
          ...r,
          records: r.records.map((rec) => (part.topic === snd.topic && part.partition === snd.partition && rec.offset === snd.offset ? { ...rec, sentBy: { producer: p.id, index: snd.index } } : rec)),
        })),
      })),
    };
    expect(sentBy(named)).toBe(`producer ${p.id}, send #${snd.index + 1} (older than the newest 5,000 sends the page keeps)`);
    expect(sentBy({ ...view, producers: [{ ...p, sends: [] }] })).toBe('unknown');
  });
});
