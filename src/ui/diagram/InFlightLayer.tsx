// Messages on the wire, placed along their link by simulated time; they glide between steps
// unless the user asked for reduced motion, or playback is too fast for any glide to finish.
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

/** The most messages drawn at once; the rest are summarised. */
export const MAX_IN_FLIGHT_DRAWN = 60;
/** Messages ride the middle 70% of a link, clear of the nodes' labels. */
const MESSAGE_INSET = 0.15;

export function shortKind(kind: string): string {
  return kind.replace(/Request$/, '').replace(/Response$/, ' ✓');
}

function MessageBody({ m }: { m: InFlightView }) {
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
  const shown = inFlight.slice(0, MAX_IN_FLIGHT_DRAWN);
  const transition = reduce ? { duration: 0 } : { duration: 0.25, ease: 'easeOut' as const };
  const placed = shown.flatMap((m) => {
    const from = layout.anchors[m.from];
    const to = layout.anchors[m.to];
    return from && to
      ? [
          {
            m,
            at: inFlightPosition(from, to, m.sentAtMs, m.deliverAtMs, timeMs, MESSAGE_INSET),
          },
        ]
      : [];
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
              <MessageBody m={m} />
            </motion.g>
          ))}
        </AnimatePresence>
      ) : (
        placed.map(({ m, at }) => (
          <g key={m.id} className={`dg-msg kind-${m.kind}`} transform={`translate(${at.x} ${at.y})`}>
            <MessageBody m={m} />
          </g>
        ))
      )}
      {inFlight.length > shown.length && (
        <text className="dg-small" x={layout.width / 2} y={layout.height - 4} textAnchor="middle">
          +{inFlight.length - shown.length} more messages in flight
        </text>
      )}
    </g>
  );
}
