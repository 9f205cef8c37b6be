// Messages on the wire, placed along their link by simulated time; they glide between steps
// unless the user asked for reduced motion, or playback is too fast for any glide to finish.
// A small cluster shows each message's kind on it; a big one (the 'cells' zoom) shows dots, since
// dozens of labelled badges would bury the brokers they travel between.
import { AnimatePresence, motion, useReducedMotion } from 'motion/react';
import type { InFlightView } from '../../engine/view.types';
import { type DiagramLayout, inFlightPosition } from './layout';

interface Props {
  inFlight: InFlightView[];
  layout: DiagramLayout;
  timeMs: number;
  /** Off during fast playback: messages are drawn where they are, with no enter or exit animation. */
  animate: boolean;
}

/** The most messages drawn at once (labelled, or as dots); the rest are summarised. */
export const MAX_IN_FLIGHT_DRAWN = 60;
export const MAX_IN_FLIGHT_DOTS = 150;
const DOT_R = 4.5;
/** Messages ride the middle 70% of a link, clear of the nodes' labels. */
const MESSAGE_INSET = 0.15;

export function shortKind(kind: string): string {
  return kind.replace(/Request$/, '').replace(/Response$/, ' ✓');
}

/**
 * Links converge on the brokers' top edges, so a dot would often sit on a broker's name or state:
 * there it rides the box's top border instead, above the header's text.
 */
function clearOfHeaders(layout: DiagramLayout, at: { x: number; y: number }): { x: number; y: number } {
  const b = layout.brokers.find((b) => at.x > b.x - DOT_R && at.x < b.x + b.w + DOT_R && at.y > b.y && at.y < b.y + b.headerH + DOT_R);
  return b ? { x: at.x, y: b.y } : at;
}

function MessageBody({ m, dot }: { m: InFlightView; dot: boolean }) {
  if (dot)
    return (
      <circle className={`dg-msg-dot${m.kind.endsWith('Response') ? ' is-response' : ''}`} r={DOT_R}>
        <title>{`${m.label} (${m.from} → ${m.to})`}</title>
      </circle>
    );
  const text = shortKind(m.kind);
  const w = Math.max(40, text.length * 7.5 + 12);
  return (
    <>
      <rect className="dg-msg-box" x={-w / 2} y={-11} width={w} height={22} rx={11} />
      <text className="dg-msg-text" y={5} textAnchor="middle">
        {text}
      </text>
      <title>{`${m.label} (${m.from} → ${m.to})`}</title>
    </>
  );
}

export function InFlightLayer({ inFlight, layout, timeMs, animate }: Props) {
  const reduce = useReducedMotion();
  const dot = layout.zoom === 'cells';
  const shown = inFlight.slice(0, dot ? MAX_IN_FLIGHT_DOTS : MAX_IN_FLIGHT_DRAWN);
  const transition = reduce ? { duration: 0 } : { duration: 0.25, ease: 'easeOut' as const };
  const placed = shown.flatMap((m) => {
    const from = layout.anchors[m.from];
    const to = layout.anchors[m.to];
    if (!from || !to) return [];
    const at = inFlightPosition(from, to, m.sentAtMs, m.deliverAtMs, timeMs, MESSAGE_INSET);
    return [{ m, at: dot ? clearOfHeaders(layout, at) : at }];
  });
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: decoration; nothing in it is focusable
    <g className="dg-inflight" aria-hidden="true">
      {animate ? (
        <AnimatePresence initial={false}>
          {placed.map(({ m, at }) => (
            <motion.g
              key={m.id}
              className={`dg-msg kind-${m.kind}`}
              initial={{ opacity: 0, x: at.x, y: at.y }}
              animate={{ opacity: 1, x: at.x, y: at.y }}
              exit={{ opacity: 0 }}
              transition={transition}
            >
              <MessageBody m={m} dot={dot} />
            </motion.g>
          ))}
        </AnimatePresence>
      ) : (
        placed.map(({ m, at }) => (
          <g key={m.id} className={`dg-msg kind-${m.kind}`} transform={`translate(${at.x} ${at.y})`}>
            <MessageBody m={m} dot={dot} />
          </g>
        ))
      )}
      {inFlight.length > shown.length && (
        // A big cluster's bottom edge is all broker boxes: the note goes under the consumer groups.
        <text className="dg-small" x={dot ? layout.width - 6 : layout.width / 2} y={layout.height - 4} textAnchor={dot ? 'end' : 'middle'}>
          +{inFlight.length - shown.length} more messages in flight
        </text>
      )}
    </g>
  );
}
