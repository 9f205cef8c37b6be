// A consumer in one line, for groups too big for full boxes: its id, its state by mark, and the
// partitions it reads (topic codes as on the replica cells). The full story is in its name.
import type { ConsumerView } from '../../engine/view.types';
import { consumerLabel } from '../describe';
import type { Rect } from './layout';
import { svgButtonProps } from './svgButton';

const mark: Record<ConsumerView['status'], string> = { running: '●', idle: '○', stopped: '■', crashed: '✕' };

interface Props {
  consumer: ConsumerView;
  rect: Rect;
  topicCodes: Map<string, string>;
  selected: boolean;
  onSelect(id: string): void;
}

/** What fits of `text` in `widthPx` at the chips' type size. */
export function fitChipText(text: string, widthPx: number): string {
  const maxChars = Math.max(3, Math.floor(widthPx / 7));
  return text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
}

export function ConsumerChip({ consumer: c, rect, topicCodes, selected, onSelect }: Props) {
  const parts = c.assignment.map((a) => `${topicCodes.get(a.topic) ?? ''}${a.partition}`).join(',');
  const text = `${c.id} ${mark[c.status]} ${parts || 'no partitions'}`;
  return (
    <g
      className={`dg-client dg-consumer dg-chip is-${c.status}${selected ? ' is-selected' : ''}`}
      {...svgButtonProps(consumerLabel(c), () => onSelect(c.id), selected)}
    >
      <rect className="dg-client-box" x={rect.x} y={rect.y} width={rect.w} height={rect.h} rx={6} />
      <text className="dg-chip-text" x={rect.x + 6} y={rect.y + rect.h / 2 + 5}>
        {fitChipText(text, rect.w - 10)}
      </text>
      <title>{consumerLabel(c)}</title>
    </g>
  );
}
