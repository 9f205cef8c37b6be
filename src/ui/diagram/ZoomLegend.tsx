// What the replica cells of a big cluster mean, in the free corner left of the controller.
interface Props {
  codes: Map<string, string>;
  x: number;
  y: number;
  width: number;
}

const clip = (text: string, widthPx: number) => (text.length * 7 > widthPx ? `${text.slice(0, Math.max(0, Math.floor(widthPx / 7) - 1))}…` : text);

export function ZoomLegend({ codes, x, y, width }: Props) {
  if (width < 120) return null;
  const topics = [...codes].map(([topic, code]) => (code ? `${code} = ${topic}` : `cells: partitions of ${topic}`)).join(' · ');
  return (
    <g className="dg-legend">
      <text className="dg-small" x={x} y={y + 13}>
        {clip(topics, width)}
      </text>
      <text className="dg-small" x={x} y={y + 29}>
        {clip('★ filled: leader · dashed: follower', width)}
      </text>
      <text className="dg-small" x={x} y={y + 45}>
        {clip('striped: out of ISR · bar: HW, LEO', width)}
      </text>
    </g>
  );
}
