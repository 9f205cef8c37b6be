// A consumer in a chip, for groups too big for full boxes: its id, its state by mark, and the
// partitions it reads (topic codes as on the replica cells); a taller chip adds a line with each
// partition's position and committed offset. The full story is in its name.
import type { ConsumerView } from '../../engine/view.types';
import { consumerLabel } from '../describe';
import { CHIP_DETAIL_H } from './groupsLayout';
import type { Rect } from './layout';
import { type StoryFlags, StoryMark, storyAttrs } from './StoryMark';
import { svgButtonProps } from './svgButton';

const mark: Record<ConsumerView['status'], string> = { running: '●', idle: '○', stopped: '■', crashed: '✕' };

interface Props extends StoryFlags {
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

/** Each assigned partition's position and committed offset ("0: pos 6 · commit 6"). */
export function chipDetail(c: ConsumerView, topicCodes: Map<string, string>): string {
  return c.assignment
    .map((a) => {
      const pos = c.positions.find((p) => p.topic === a.topic && p.partition === a.partition)?.offset;
      const commit = c.committed?.find((p) => p.topic === a.topic && p.partition === a.partition)?.offset;
      return `${topicCodes.get(a.topic) ?? ''}${a.partition}: pos ${pos ?? '–'} · commit ${commit ?? '–'}`;
    })
    .join('; ');
}

export function ConsumerChip({ consumer: c, rect, topicCodes, selected, onSelect, acting, changed }: Props) {
  const parts = c.assignment.map((a) => `${topicCodes.get(a.topic) ?? ''}${a.partition}`).join(',');
  const text = `${c.id} ${mark[c.status]} ${parts || 'no partitions'}`;
  const detail = rect.h >= CHIP_DETAIL_H && c.assignment.length > 0 ? chipDetail(c, topicCodes) : null;
  return (
    <g
      className={`dg-client dg-consumer dg-chip is-${c.status}${selected ? ' is-selected' : ''}`}
      {...svgButtonProps(consumerLabel(c), () => onSelect(c.id), selected)}
      {...storyAttrs({ acting, changed })}
    >
      <StoryMark rect={rect} acting={acting} changed={changed} />
      <rect className="dg-client-box" x={rect.x} y={rect.y} width={rect.w} height={rect.h} rx={6} />
      <text className="dg-chip-text" x={rect.x + 6} y={detail ? rect.y + 15 : rect.y + rect.h / 2 + 5}>
        {fitChipText(text, rect.w - 10)}
      </text>
      {detail && (
        <text className="dg-small" x={rect.x + 6} y={rect.y + 30}>
          {fitChipText(detail, rect.w - 10)}
        </text>
      )}
      <title>{consumerLabel(c)}</title>
    </g>
  );
}
