import { describe, expect, it } from 'vitest';
import type { InFlightView } from '../../engine/view.types';
import { emptyLogWords } from './inFlightClearance';
import { labelObstacles, logKey, messageText, placeMessages, replicaObstacles, stackLabels } from './inFlightPlacement';
import { layoutDiagram } from './layout';

const replicas = new Map([1, 2, 3].map((b) => [b, [{ topic: 'orders', partition: 0 }]]));
const layout = layoutDiagram({ width: 926, height: 298, brokers: [1, 2, 3], replicas, producers: ['p1'], groups: [{ groupId: 'g', consumers: [{ id: 'c1', rows: 1 }] }], zookeeper: false });
const msg = (id: number, from: string, to: string, kind: string, carries?: string): InFlightView => ({ id, from, to, kind, label: kind, carries, sentAtMs: 0, deliverAtMs: 10 });

const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('messages in flight', () => {
  it('say the record they carry, or the ack', () => {
    expect(messageText(msg(1, 'p1', 'broker-1', 'ProduceRequest', "k1='Hello Kafka'"))).toBe("Produce k1='Hello Kafka'");
    expect(messageText(msg(2, 'broker-1', 'p1', 'ProduceResponse', 'ack offset 3'))).toBe('Produce ✓ ack offset 3');
    expect(messageText(msg(3, 'broker-2', 'broker-1', 'FetchRequest'))).toBe('Fetch (pull)');
    expect(messageText(msg(4, 'p1', 'broker-1', 'ProduceRequest', `'${'x'.repeat(60)}'`)).length).toBe(30);
  });

  it('never pile labels on each other or on a broker’s header, however many travel at once', () => {
    const many: InFlightView[] = [];
    let id = 0;
    for (const to of ['broker-1', 'broker-2', 'broker-3', 'controller']) {
      many.push(msg(++id, 'controller', to, 'MetadataUpdate'), msg(++id, 'p1', to, 'ProduceRequest', "'order-3'"), msg(++id, 'c1', to, 'Fetch'));
    }
    const placed = placeMessages(many, layout, 5, true);
    const boxes = placed.flatMap((p) => (p.label ? [p.label] : []));
    // The producer's four sends of the same record share one label.
    expect(boxes.map((b) => b.text)).toContain("Produce 'order-3' ×4");
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
      for (const o of labelObstacles(layout)) expect(overlap(a, o)).toBe(false);
    });
  });

  it('keep off every replica’s name and the records its log draws, but may cross the empty rest of a log', () => {
    const tall = layoutDiagram({ width: 926, height: 420, brokers: [1, 2, 3], replicas, producers: ['p1'], groups: [{ groupId: 'g', consumers: [{ id: 'c1', rows: 1 }] }], zookeeper: false });
    const drawn = new Map([1, 2, 3].map((b) => [logKey(b, 'orders', 0), 3]));
    const slot = tall.brokers[1].replicas[0];
    const [nameBox, records] = replicaObstacles(tall.brokers[1], drawn);
    // The name (and role, HW, LEO) and the three drawn cells are covered; a grid row below them is not.
    expect(nameBox.x).toBe(slot.x);
    expect(records.x + records.w).toBeGreaterThanOrEqual(slot.cellsX + 3 * slot.cellW);
    expect(records.y + records.h).toBeLessThan(slot.y + slot.h);
    // The controller's messages to each broker and a broker's heartbeat, all at once.
    const many: InFlightView[] = [];
    for (const b of [1, 2, 3]) many.push(msg(many.length + 1, 'controller', `broker-${b}`, 'MetadataUpdate'), msg(many.length + 2, `broker-${b}`, 'controller', 'BrokerHeartbeat'));
    many.push(msg(99, 'p1', 'broker-1', 'ProduceRequest', "'order-3'"));
    for (const t of [1, 5, 9]) {
      const placed = placeMessages(many, tall, t, true, drawn);
      const labels = placed.flatMap((p) => (p.label ? [p.label] : []));
      expect(labels.length).toBeGreaterThan(0);
      for (const l of labels) for (const o of labelObstacles(tall, drawn)) expect(overlap(l, o), `${l.text} over ${JSON.stringify(o)}`).toBe(false);
    }
    // Without a count, every log counts as full: its whole grid is kept clear.
    const full = replicaObstacles(tall.brokers[1])[1];
    expect(full.h).toBeGreaterThan(records.h);
  });

  it('keep clear of an empty log’s word "empty" where there is room elsewhere', () => {
    // The first message of the first lesson: one broker, its log still empty, the record on its way.
    const one = layoutDiagram({ width: 926, height: 318, brokers: [1], replicas: new Map([[1, [{ topic: 'topic1', partition: 0 }]]]), producers: ['p1'], groups: [{ groupId: 'g', consumers: [{ id: 'c1', rows: 1 }] }], zookeeper: false });
    const drawn = new Map([[logKey(1, 'topic1', 0), 0]]);
    const [word] = emptyLogWords(one.brokers[0], drawn);
    const slot = one.brokers[0].replicas[0];
    expect(word.x).toBe(slot.cellsX + 4);
    expect(word.y + word.h).toBeLessThanOrEqual(slot.cellsY + slot.cellH);
    expect(emptyLogWords(one.brokers[0], new Map([[logKey(1, 'topic1', 0), 2]]))).toEqual([]);
    for (const t of [1, 3, 5, 7, 9]) {
      const [placed] = placeMessages([msg(1, 'p1', 'broker-1', 'ProduceRequest', "'Hello Kafka'")], one, t, true, drawn);
      expect(placed.label, `at ${t} ms`).not.toBeNull();
      if (placed.label) expect(overlap(placed.label, word), `at ${t} ms`).toBe(false);
    }
  });

  it('slide along their link off an empty log’s "empty" when every place beside it covers the word', () => {
    // "Replication and acks" before its first record: followers' fetches to the leader, all logs empty.
    const three = layoutDiagram({ width: 1040, height: 600, brokers: [1, 2, 3], replicas, producers: ['fire-and-forget', 'leader-only', 'all-replicas'], groups: [], zookeeper: false });
    const drawn = new Map([1, 2, 3].map((b) => [logKey(b, 'orders', 0), 0]));
    const words = three.brokers.flatMap((b) => emptyLogWords(b, drawn));
    const fetches = [msg(1, 'broker-2', 'broker-1', 'FetchRequest'), msg(2, 'broker-3', 'broker-1', 'FetchRequest')];
    for (const t of [1, 5, 9]) {
      const labels = placeMessages(fetches, three, t, true, drawn).flatMap((p) => (p.label ? [p.label] : []));
      expect(labels.length, `at ${t} ms`).toBeGreaterThan(0);
      for (const l of labels) for (const w of words) expect(overlap(l, w), `${l.text} at ${t} ms over "empty"`).toBe(false);
    }
  });

  it('share one label, "×3", when messages with the same words travel together', () => {
    const closed = ['p1', 'c1', 'controller'].map((to, i) => ({ ...msg(i + 1, 'broker-1', to, 'ConnectionClosed'), sentAtMs: 0, deliverAtMs: 10_000 }));
    // Just sent: all three sit at the start of their links, next to broker 1.
    const placed = placeMessages(closed, layout, 0, true);
    const labels = placed.flatMap((p) => (p.label ? [p.label.text] : []));
    expect(labels).toEqual(['ConnectionClosed ×3']);
    // Unrelated and far apart, each keeps its own label; other words never join a stack.
    const link = (from: string, to: string) => ({ from, to });
    const spread = stackLabels([
      { text: 'a', at: { x: 0, y: 0 }, m: link('p1', 'broker-1') },
      { text: 'a', at: { x: 200, y: 0 }, m: link('p2', 'broker-2') },
      { text: 'a', at: { x: 10, y: 10 }, m: link('p3', 'broker-3') },
      { text: 'b', at: { x: 0, y: 0 }, m: link('p1', 'broker-1') },
      { text: 'a', at: { x: 400, y: 0 }, m: link('p4', 'broker-2') },
    ]);
    expect(spread).toEqual({ leader: [0, 1, 0, 3, 1], count: [2, 2, 0, 1, 0] });
  });

  it('point from sender to receiver', () => {
    const [p] = placeMessages([msg(1, 'broker-2', 'broker-1', 'FetchRequest')], layout, 5, true);
    const from = layout.anchors['broker-2'];
    const to = layout.anchors['broker-1'];
    expect(Math.sign(p.dir.x)).toBe(Math.sign(to.x - from.x));
  });
});
