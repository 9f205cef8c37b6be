import { describe, expect, it } from 'vitest';
import type { InFlightView } from '../../engine/view.types';
import { labelObstacles, messageText, placeMessages } from './inFlightPlacement';
import { layoutDiagram } from './layout';

const replicas = new Map([1, 2, 3].map((b) => [b, [{ topic: 'orders', partition: 0 }]]));
const layout = layoutDiagram({ width: 926, height: 298, brokers: [1, 2, 3], replicas, producers: ['p1'], groups: [{ groupId: 'g', consumers: [{ id: 'c1', rows: 1 }] }], zookeeper: false });
const msg = (id: number, from: string, to: string, kind: string, carries?: string): InFlightView => ({ id, from, to, kind, label: kind, carries, sentAtMs: 0, deliverAtMs: 10 });

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
    expect(boxes.length).toBeGreaterThan(4);
    const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
      for (const o of labelObstacles(layout)) expect(overlap(a, o)).toBe(false);
    });
  });

  it('point from sender to receiver', () => {
    const [p] = placeMessages([msg(1, 'broker-2', 'broker-1', 'FetchRequest')], layout, 5, true);
    const from = layout.anchors['broker-2'];
    const to = layout.anchors['broker-1'];
    expect(Math.sign(p.dir.x)).toBe(Math.sign(to.x - from.x));
  });
});
