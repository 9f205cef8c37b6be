import { describe, expect, it } from 'vitest';
import type { ToEngineBody } from '../protocol/messages';
import { createRequestQueue } from './requestQueue';

function harness() {
  const sent: { id: number; body: ToEngineBody }[] = [];
  let nextId = 1;
  const queue = createRequestQueue((body) => {
    sent.push({ id: nextId, body });
    return nextId++;
  });
  const seekBody = (step: number): ToEngineBody => ({ type: 'seek', step });
  return { queue, sent, seekBody };
}

describe('the request queue', () => {
  it('counts the requests that move the run until each is answered, errors included', () => {
    const { queue, sent } = harness();
    queue.move({ type: 'stepForward', count: 1 });
    queue.move({ type: 'stepForward', count: 1 });
    expect(queue.moving).toBe(2);
    expect(queue.answered(sent[0].id)).toBe('move');
    expect(queue.answered(sent[1].id)).toBe('move');
    expect(queue.moving).toBe(0);
    expect(queue.answered(99)).toBeUndefined();
    expect(queue.moving).toBe(0);
  });

  it('counts a load until its second answer', () => {
    const { queue, sent } = harness();
    queue.move({ type: 'load', scenario: {} as never });
    expect(queue.answered(sent[0].id, false)).toBe('load');
    expect(queue.moving).toBe(1);
    queue.answered(sent[0].id);
    expect(queue.moving).toBe(0);
  });

  it('keeps only the newest seek while the run moves, and sends it once nothing does', () => {
    const { queue, sent, seekBody } = harness();
    queue.move({ type: 'stepForward', count: 1 });
    queue.seek(10, seekBody);
    queue.seek(20, seekBody);
    queue.seek(30, seekBody);
    expect(sent).toHaveLength(1);
    queue.answered(sent[0].id);
    expect(sent.map((s) => s.body)).toEqual([{ type: 'stepForward', count: 1 }, { type: 'seek', step: 30 }]);
    expect(queue.moving).toBe(1);
    queue.seek(40, seekBody);
    expect(sent).toHaveLength(2);
  });

  it('fetches the tracker’s views once at a time, only while nothing moves', () => {
    const { queue, sent } = harness();
    const views: ToEngineBody = { type: 'viewsAt', steps: [1, 2] };
    queue.move({ type: 'stepForward', count: 1 });
    expect(queue.fetchTrackerViews(views)).toBe(false);
    queue.answered(sent[0].id);
    expect(queue.fetchTrackerViews(views)).toBe(true);
    expect(queue.fetchTrackerViews(views)).toBe(false);
    expect(queue.fetchingTrackerViews).toBe(true);
    queue.answered(sent[1].id);
    expect(queue.fetchingTrackerViews).toBe(false);
  });

  it('never lets row or filter fetches hold up playback, and scans one filter slice at a time', () => {
    const { queue, sent } = harness();
    queue.fetchRows({ type: 'rows', blocks: [1] });
    const filter: ToEngineBody = { type: 'filterRows', filter: { component: 'x', search: '', hideRoutine: false }, from: 1, to: 10 };
    expect(queue.filter(filter)).toBe(true);
    expect(queue.filter(filter)).toBe(false);
    expect(queue.moving).toBe(0);
    queue.answered(sent[1].id);
    expect(queue.filtering).toBe(false);
  });

  it('forgets everything in flight when the worker dies', () => {
    const { queue, seekBody, sent } = harness();
    queue.move({ type: 'stepForward', count: 1 });
    queue.seek(5, seekBody);
    queue.reset();
    expect(queue.moving).toBe(0);
    queue.answered(sent[0].id);
    expect(sent).toHaveLength(1);
  });
});
