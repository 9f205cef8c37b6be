// How large the diagram is drawn: the layout is computed in "units" for an area of box / scale
// and the drawing is scaled back up to fill the box, so every unit is `scale` CSS pixels. The
// smallest type in the diagram is MIN_TEXT_UNITS units, so a scale of at least minTextPx /
// MIN_TEXT_UNITS keeps every text at or above minTextPx (Presenter view asks for 18 px at
// 1920×1080, the normal view 12 px). Above that floor the drawing grows for as long as it still
// shows as much as at the floor. Pure maths, tested without a browser.
import { type DiagramLayout, type LayoutInput, layoutDiagram } from './layout';

/** The smallest font size diagram.css gives any text in the diagram, in layout units. */
export const MIN_TEXT_UNITS = 12;
/** The layout needs at least this many units; a smaller box draws it smaller than asked. */
export const MIN_UNITS = { width: 640, height: 240 };
/** How far above the floor the drawing may grow (so three brokers do not turn into a poster). */
const MAX_GROWTH = 1.75;
const STEP = 0.05;
/** Records a replica's log should still show after growing, when it showed that many before. */
const MIN_RECORDS = 8;
/** Broker boxes this wide say their state in words ("⚡ ISOLATED"); growing must not take that away. */
const WORDS_BROKER_W = 200;

export interface FittedDiagram {
  /** CSS pixels per layout unit. */
  scale: number;
  layout: DiagramLayout;
}

export type LayoutShape = Omit<LayoutInput, 'width' | 'height'>;

/** The floor: minTextPx for the smallest text, unless the box cannot hold the layout at that size. */
export function minScale(box: { width: number; height: number }, minTextPx: number): number {
  const wanted = minTextPx / MIN_TEXT_UNITS;
  return Math.max(0.5, Math.min(wanted, box.width / MIN_UNITS.width, box.height / MIN_UNITS.height));
}

const hidden = (l: DiagramLayout) => l.brokers.reduce((sum, b) => sum + b.hiddenReplicas, 0);
const narrowest = (l: DiagramLayout) => Math.min(Number.POSITIVE_INFINITY, ...l.brokers.map((b) => b.w));
const fewestRecords = (l: DiagramLayout) => Math.min(Number.POSITIVE_INFINITY, ...l.brokers.flatMap((b) => b.replicas.map((r) => r.maxCells)));

/** Does `bigger` (laid out in less room) still show what `base` shows, inside its own area? */
export function showsAsMuch(bigger: DiagramLayout, base: DiagramLayout, units: { width: number; height: number }): boolean {
  return (
    bigger.width <= units.width + 0.5 &&
    bigger.height <= units.height + 0.5 &&
    bigger.zoom === base.zoom &&
    bigger.consumerChips === base.consumerChips &&
    hidden(bigger) <= hidden(base) &&
    fewestRecords(bigger) >= Math.min(MIN_RECORDS, fewestRecords(base)) &&
    narrowest(bigger) >= Math.min(WORDS_BROKER_W, narrowest(base)) &&
    (bigger.zoom === 'logs' || bigger.cellFontPx >= base.cellFontPx - 0.01) &&
    bigger.producers.every((p, i) => p.h >= base.producers[i].h - 0.01) &&
    // Consumer chips keep their second line (positions and commits).
    bigger.groups.every((g, i) => g.consumers.every((c, j) => c.h >= (base.groups[i]?.consumers[j]?.h ?? 0) - 0.01))
  );
}

/** The largest scale (from the floor up to MAX_GROWTH times it) whose layout shows as much as the floor's. */
export function fitDiagram(shape: LayoutShape, box: { width: number; height: number }, minTextPx: number): FittedDiagram {
  const floor = minScale(box, minTextPx);
  const at = (scale: number) => {
    const units = { width: box.width / scale, height: box.height / scale };
    return { units, layout: layoutDiagram({ ...shape, ...units }) };
  };
  const base = at(floor).layout;
  for (let k = Math.round((MAX_GROWTH - 1) / STEP); k > 0; k--) {
    const scale = floor * (1 + k * STEP);
    const { units, layout } = at(scale);
    if (showsAsMuch(layout, base, units)) return { scale, layout };
  }
  // The floor's layout may be larger than its area (the layout's minimum size): draw it to fit.
  const scale = Math.min(floor, box.width / base.width, box.height / base.height);
  return { scale, layout: base };
}
