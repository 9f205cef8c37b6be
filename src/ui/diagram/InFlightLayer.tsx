// Messages on the wire, placed along their link by simulated time; they glide between steps
// unless the user asked for reduced motion, or playback is too fast for any glide to finish.
// Each one is an arrow from sender to receiver (a follower's fetch points at the leader: it pulls)
// with a label saying the record it carries (key and value) or the ack; labels are placed so
// they never pile up or cover a broker's name or state (inFlightPlacement.ts). A big cluster (the
// 'cells' zoom) shows arrows only, since dozens of labels would bury the brokers. Dots and arrows
// keep off its cells and headers, sliding along their link (inFlightClearance.ts); since some of
// its links run through words end to end, there the layer is drawn under the cells and headers.
import { AnimatePresence, motion, useReducedMotion } from 'motion/react';
import type { InFlightView, PartitionView } from '../../engine/view.types';
import { useMemo } from 'react';
import { ARROW, DOT_R, type HeaderStates, textObstacles } from './inFlightClearance';
import { type DrawnRecords, LABEL_H, logKey, type PlacedMessage, placeMessages } from './inFlightPlacement';
import type { DiagramLayout, Point } from './layout';

export { shortKind } from './inFlightPlacement';

interface Props {
  inFlight: InFlightView[];
  /** The logs, so labels keep off the records they draw. */
  partitions: PartitionView[];
  layout: DiagramLayout;
  timeMs: number;
  /** Off during fast playback: messages are drawn where they are, with no enter or exit animation. */
  animate: boolean;
  /** Each broker's header state: messages keep off its name and tag. */
  headers?: HeaderStates;
}

/** The most messages drawn at once (labelled, or as dots); the rest are summarised. */
export const MAX_IN_FLIGHT_DRAWN = 60;
export const MAX_IN_FLIGHT_DOTS = 150;

/**
 * Links converge on the brokers' top edges, so a logs-zoom dot would often sit on a broker's name
 * or state: there it rides the box's top border instead, above the header's text.
 */
function clearOfHeaders(layout: DiagramLayout, at: Point): Point {
  const b = layout.brokers.find((b) => at.x > b.x - DOT_R && at.x < b.x + b.w + DOT_R && at.y > b.y && at.y < b.y + b.headerH + DOT_R);
  return b ? { x: at.x, y: b.y } : at;
}

/** Drawn relative to the message's point: its arrow, and its label wherever it was placed. */
function MessageBody({ p, at }: { p: PlacedMessage; at: Point }) {
  const { m, dir, label } = p;
  const response = m.kind.endsWith('Response');
  const title = `${m.carries ? `${m.label} carrying ${m.carries}` : m.label} (${m.from} → ${m.to})`;
  return (
    <>
      <line className="dg-msg-arrow" x1={-dir.x * ARROW} y1={-dir.y * ARROW} x2={dir.x * ARROW} y2={dir.y * ARROW} markerEnd="url(#dg-msg-arrowhead)" />
      <circle className={`dg-msg-dot${response ? ' is-response' : ''}`} r={DOT_R} />
      {label && (
        <g transform={`translate(${label.x + label.w / 2 - at.x} ${label.y + LABEL_H / 2 - at.y})`}>
          <rect className="dg-msg-box" x={-label.w / 2} y={-LABEL_H / 2} width={label.w} height={LABEL_H} rx={LABEL_H / 2} />
          <text className="dg-msg-text" y={4.5} textAnchor="middle">
            {label.text}
          </text>
        </g>
      )}
      <title>{title}</title>
    </>
  );
}

/** How many records each replica's log holds (its drawing shows at most its grid's worth). */
function drawnRecords(partitions: PartitionView[]): DrawnRecords {
  const out = new Map<string, number>();
  for (const p of partitions) for (const r of p.replicaLogs) out.set(logKey(r.broker, p.topic, p.partition), r.logEndOffset - r.logStartOffset);
  return out;
}

export function InFlightLayer({ inFlight, partitions, layout, timeMs, animate, headers }: Props) {
  const reduce = useReducedMotion();
  const dots = layout.zoom === 'cells';
  const shown = inFlight.slice(0, dots ? MAX_IN_FLIGHT_DOTS : MAX_IN_FLIGHT_DRAWN);
  const transition = reduce ? { duration: 0 } : { duration: 0.25, ease: 'easeOut' as const };
  const drawn = dots || shown.length === 0 ? undefined : drawnRecords(partitions);
  // The words to keep off change far less often than the messages: kept while they stay the same,
  // so the searches for clear points are remembered (inFlightClearance.ts).
  const wordsKey = headers ? [...headers.values()].map((h) => `${h.id}${h.down ? 'd' : ''}${h.isolated ? 'i' : ''}${h.controller ? 'c' : ''}`).join() : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: wordsKey stands for headers' and drawn's content
  const words = useMemo(() => (dots ? textObstacles(layout, undefined, headers) : undefined), [layout, wordsKey]);
  const placed = placeMessages(shown, layout, timeMs, !dots, drawn, words).map((p) => ({ p, at: p.label || dots ? p.at : clearOfHeaders(layout, p.at) }));
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: decoration; nothing in it is focusable
    <g className="dg-inflight" aria-hidden="true">
      <defs>
        <marker id="dg-msg-arrowhead" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0L10 5L0 10z" className="dg-msg-arrowhead" />
        </marker>
      </defs>
      {animate ? (
        <AnimatePresence initial={false}>
          {placed.map(({ p, at }) => (
            <motion.g
              key={p.m.id}
              className={`dg-msg kind-${p.m.kind}`}
              initial={{ opacity: 0, x: at.x, y: at.y }}
              animate={{ opacity: 1, x: at.x, y: at.y }}
              exit={{ opacity: 0 }}
              transition={transition}
            >
              <MessageBody p={p} at={at} />
            </motion.g>
          ))}
        </AnimatePresence>
      ) : (
        placed.map(({ p, at }) => (
          <g key={p.m.id} className={`dg-msg kind-${p.m.kind}`} transform={`translate(${at.x} ${at.y})`}>
            <MessageBody p={p} at={at} />
          </g>
        ))
      )}
      {inFlight.length > shown.length && (
        // A big cluster's bottom edge is all broker boxes: the note goes under the consumer groups.
        <text className="dg-small" x={dots ? layout.width - 6 : layout.width / 2} y={layout.height - 4} textAnchor={dots ? 'end' : 'middle'}>
          +{inFlight.length - shown.length} more messages in flight
        </text>
      )}
    </g>
  );
}
