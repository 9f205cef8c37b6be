// A consumer in a chip, for groups too big for full boxes: its id, its state by mark, its lag and
// last poll, and the partitions it reads (topic codes as on the replica cells); a taller chip adds
// a line with each partition's lag and the last poll's offsets (chipText.ts). What does not fit is
// left out whole or counted ("+3 more"), never cut mid-word; the full story is in its name.
import type { ConsumerView } from '../../engine/view.types';
import { consumerLabel } from '../describe';
import { measureChipText } from './chipMeasure';
import { chipDetailLine, chipHeadLine, fitLine, type LagOf } from './chipText';
import { CHIP_DETAIL_H } from './groupsLayout';
import type { Rect } from './layout';
import { type StoryFlags, StoryMark, storyAttrs } from './StoryMark';
import { svgButtonProps } from './svgButton';

export { fitChipText } from './chipText';

interface Props extends StoryFlags {
  consumer: ConsumerView;
  rect: Rect;
  topicCodes: Map<string, string>;
  lagOf: LagOf;
  selected: boolean;
  onSelect(id: string): void;
}

export function ConsumerChip({ consumer: c, rect, topicCodes, lagOf, selected, onSelect, acting, changed }: Props) {
  const text = fitLine(chipHeadLine(c, topicCodes, lagOf), rect.w - 8, measureChipText);
  const detail = rect.h >= CHIP_DETAIL_H && c.assignment.length > 0 ? fitLine(chipDetailLine(c, topicCodes, lagOf), rect.w - 10, measureChipText) : null;
  return (
    <g
      className={`dg-client dg-consumer dg-chip is-${c.status}${selected ? ' is-selected' : ''}`}
      {...svgButtonProps(consumerLabel(c), () => onSelect(c.id), selected)}
      {...storyAttrs({ acting, changed })}
    >
      <StoryMark rect={rect} acting={acting} changed={changed} />
      <rect className="dg-client-box" x={rect.x} y={rect.y} width={rect.w} height={rect.h} rx={6} />
      <text className="dg-chip-text" x={rect.x + 4} y={detail ? rect.y + 15 : rect.y + rect.h / 2 + 5}>
        {text}
      </text>
      {detail && (
        <text className="dg-small" x={rect.x + 6} y={rect.y + 30}>
          {detail}
        </text>
      )}
      <title>{consumerLabel(c)}</title>
    </g>
  );
}
