import type { ProducerView } from '../../engine/view.types';
import { producerLabel } from '../describe';
import { sendCounts } from '../viewCounts';
import type { Rect } from './layout';
import { ackedText, fitTitle } from './producerText';
import { type StoryFlags, StoryMark, storyAttrs } from './StoryMark';
import { svgButtonProps } from './svgButton';

interface Props extends StoryFlags {
  producer: ProducerView;
  rect: Rect;
  selected: boolean;
  isolated: boolean;
  onSelect(id: string): void;
}

export function ProducerNode({ producer, rect, selected, isolated, onSelect, acting, changed }: Props) {
  const { acked, total } = sendCounts(producer);
  const short = rect.h < 64;
  return (
    <g
      className={`dg-client dg-producer${selected ? ' is-selected' : ''}${isolated ? ' is-isolated' : ''}`}
      {...svgButtonProps(producerLabel(producer), () => onSelect(producer.id), selected)}
      {...storyAttrs({ acting, changed })}
    >
      <StoryMark rect={rect} acting={acting} changed={changed} rx={2} />
      <path className="dg-client-box" d={`M${rect.x} ${rect.y} h${rect.w - 14} l14 ${rect.h / 2} l-14 ${rect.h / 2} h${-(rect.w - 14)} z`} />
      {/* Short boxes (many producers in a small area) keep the id and the counts, on two lines. */}
      <text className="dg-title" x={rect.x + 10} y={rect.y + (short ? rect.h / 2 - 3 : 22)}>
        {fitTitle(producer.id, rect.w - 26)}
      </text>
      {!short && (
        <text className="dg-small" x={rect.x + 10} y={rect.y + 42}>
          acks={producer.acks}
        </text>
      )}
      <text className="dg-small" x={rect.x + 10} y={rect.y + (short ? rect.h / 2 + 13 : 60)}>
        {ackedText(acked, total, rect.w - 24)}
      </text>
    </g>
  );
}
