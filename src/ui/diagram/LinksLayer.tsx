// Network links behind the nodes: faint where they work, dashed red with a cross where cut.
import type { ClusterView } from '../../engine/view.types';
import type { DiagramLayout, Point } from './layout';

interface Props {
  view: ClusterView;
  layout: DiagramLayout;
}

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The links drawn faintly: clients to brokers, brokers to the controller. */
export function backboneLinks(view: ClusterView): [string, string][] {
  const brokers = view.brokers.map((b) => `broker-${b.id}`);
  const links: [string, string][] = [];
  for (const b of brokers) links.push([b, 'controller']);
  for (const p of view.producers) for (const b of brokers) links.push([p.id, b]);
  for (const c of view.consumers) for (const b of brokers) links.push([c.id, b]);
  return links;
}

export function cutLinkSet(view: ClusterView): {
  isCut(a: string, b: string): boolean;
  extra: [string, string][];
} {
  const cut = new Set(view.network.cutLinks.map(([a, b]) => key(a, b)));
  const isolated = new Set(view.network.isolated);
  return {
    isCut: (a, b) => cut.has(key(a, b)) || isolated.has(a) || isolated.has(b),
    extra: view.network.cutLinks,
  };
}

function line(a: Point, b: Point, cls: string, k: string) {
  return <line key={k} className={cls} x1={a.x} y1={a.y} x2={b.x} y2={b.y} />;
}

export function LinksLayer({ view, layout }: Props) {
  const { isCut, extra } = cutLinkSet(view);
  const drawn = new Set<string>();
  const normal = [];
  const cut = [];
  for (const [a, b] of [...backboneLinks(view), ...extra]) {
    const pa = layout.anchors[a];
    const pb = layout.anchors[b];
    const k = key(a, b);
    if (!pa || !pb || drawn.has(k)) continue;
    drawn.add(k);
    if (isCut(a, b)) {
      const mid = { x: (pa.x + pb.x) / 2, y: (pa.y + pb.y) / 2 };
      cut.push(
        <g key={k} className="dg-link-cut">
          {line(pa, pb, 'dg-link is-cut', 'l')}
          <text x={mid.x} y={mid.y + 6} textAnchor="middle" className="dg-cut-mark">
            ✕
          </text>
        </g>,
      );
    } else normal.push(line(pa, pb, 'dg-link', k));
  }
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: decoration; nothing in it is focusable
    <g aria-hidden="true">
      {normal}
      {cut}
    </g>
  );
}
