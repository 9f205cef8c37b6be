// A broker's box: the button that opens its panel. Its replicas are drawn on top as siblings, not
// children, so no interactive element sits inside another.
import type { BrokerView, ClusterView } from '../../engine/view.types';
import { brokerLabel } from '../describe';
import type { BrokerSlot } from './layout';
import { BROKER_HEADER } from './layout';
import { svgButtonProps } from './svgButton';

interface Props {
  broker: BrokerView;
  view: ClusterView;
  slot: BrokerSlot;
  selected: boolean;
  onActivate(id: number): void;
}

export function BrokerNode({ broker, view, slot, selected, onActivate }: Props) {
  const down = broker.status === 'down';
  const cls = ['dg-broker', down ? 'is-down' : '', broker.isolated ? 'is-isolated' : '', selected ? 'is-selected' : '']
    .filter(Boolean)
    .join(' ');
  const isController = view.controller.activeBroker === broker.id;
  const tag = down ? '✕ DOWN' : broker.isolated ? '⚡ ISOLATED' : '● UP';
  const tagW = tag.length * 8 + 14;
  return (
    <g className={cls} {...svgButtonProps(brokerLabel(broker, view), () => onActivate(broker.id))}>
      <rect className="dg-broker-box" x={slot.x} y={slot.y} width={slot.w} height={slot.h} rx={10} />
      {down && <rect x={slot.x} y={slot.y} width={slot.w} height={slot.h} rx={10} fill="url(#dg-hatch-down)" />}
      <text className="dg-title" x={slot.x + 12} y={slot.y + BROKER_HEADER / 2 + 6}>
        Broker {broker.id}
        {isController ? ' ◆' : ''}
      </text>
      <g className="dg-broker-tag">
        <rect className="dg-tag-box" x={slot.x + slot.w - tagW - 8} y={slot.y + 8} width={tagW} height={22} rx={11} />
        <text className="dg-tag-text" x={slot.x + slot.w - tagW / 2 - 8} y={slot.y + 24} textAnchor="middle">
          {tag}
        </text>
      </g>
      {slot.hiddenReplicas > 0 && (
        <text className="dg-small" x={slot.x + 12} y={slot.y + slot.h - 8}>
          +{slot.hiddenReplicas} more replicas (see inspector)
        </text>
      )}
      {down && (
        <text className="dg-down-label" x={slot.x + slot.w / 2} y={slot.y + slot.h / 2 + 14} textAnchor="middle">
          DOWN
        </text>
      )}
    </g>
  );
}
