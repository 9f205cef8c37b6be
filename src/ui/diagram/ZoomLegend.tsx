// What the replica cells and the dots of a big cluster mean, in the free corners of the
// controller band: two short lines left of the controller, two right of it.
import type { Rect } from './layout';
import { fitWording, topicKeyText } from './zoom';

interface Props {
  codes: Map<string, string>;
  left: Rect;
  right: Rect;
  /** Layout units at the right corner's right end that the Legend button covers. */
  rightReserve: number;
  star: boolean;
}

const CHAR_PX = 6.9;
/** Each line as its wordings, longest first: the first that fits its corner is drawn. */
function Lines({ box, lines }: { box: Rect; lines: string[][] }) {
  if (box.w < 100) return null;
  // Two lines centred in the band's height.
  const first = box.y + box.h / 2 - 3;
  return (
    <>
      {lines.map((line, i) => (
        <text key={line[0]} className="dg-small dg-legend-text" x={box.x} y={first + i * 15}>
          {fitWording(line, box.w, CHAR_PX)}
        </text>
      ))}
    </>
  );
}

export function ZoomLegend({ codes, left, right, rightReserve, star }: Props) {
  const clear = { ...right, w: right.w - rightReserve };
  const topics = topicKeyText(codes, left.w, CHAR_PX);
  return (
    <g className="dg-legend">
      <Lines box={left} lines={[[topics], [`${star ? '★ ' : ''}filled: leader · dashed: follower`, `${star ? '★ ' : ''}filled: leader`]]} />
      <Lines box={clear} lines={[['striped: out of ISR · bar: HW, LEO', 'striped: out of ISR'], ['● request  ○ response, on its link', '● request  ○ response']]} />
    </g>
  );
}
