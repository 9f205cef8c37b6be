// A broker's box. Its header is the button that opens the broker's panel; its replicas are drawn
// on top as siblings, not children, so no interactive element sits inside another.
import { memo } from 'react';
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

/** Re-renders only when what it draws changed: the view object itself is new every step. */
export const BrokerNode = memo(
  BrokerNodeView,
  (a, b) =>
    a.slot === b.slot &&
    a.selected === b.selected &&
    a.onActivate === b.onActivate &&
    a.view.controller.activeBroker === b.view.controller.activeBroker &&
    brokerLabel(a.broker) === brokerLabel(b.broker) &&
    a.broker.status === b.broker.status &&
    a.broker.isolated === b.broker.isolated,
);

function BrokerNodeView({ broker, view, slot, selected, onActivate }: Props) {
  const down = broker.status === 'down';
  const cls = ['dg-broker', down ? 'is-down' : '', broker.isolated ? 'is-isolated' : '', selected ? 'is-selected' : ''].filter(Boolean).join(' ');
  const isController = view.controller.activeBroker === broker.id;
  const tag = down ? '✕ DOWN' : broker.isolated ? '⚡ ISOLATED' : '● UP';
  const tagW = tag.length * 8 + 14;
  const activate = () => onActivate(broker.id);
  return (
    <g className={cls}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; the header below is the keyboard button */}
      <rect className="dg-broker-box" x={slot.x} y={slot.y} width={slot.w} height={slot.h} rx={10} onClick={activate} />
      {down && <rect className="dg-hatch" x={slot.x} y={slot.y} width={slot.w} height={slot.h} rx={10} fill="url(#dg-hatch-down)" />}
      <g className="dg-broker-head" {...svgButtonProps(brokerLabel(broker, view), activate)}>
        <rect className="dg-head-box" x={slot.x + 2} y={slot.y + 2} width={slot.w - 4} height={BROKER_HEADER - 4} rx={8} />
        <text className="dg-title" x={slot.x + 12} y={slot.y + BROKER_HEADER / 2 + 6}>
          Broker {broker.id}
          {isController ? ' ◆' : ''}
        </text>
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
    </g>
  );
}

/** The big "DOWN" word, drawn after the replicas so nothing covers it. */
export function BrokerDownLabel({ slot }: { slot: BrokerSlot }) {
  const below = slot.replicas.length > 0 ? slot.replicas[slot.replicas.length - 1].y + slot.replicas[slot.replicas.length - 1].h : slot.y + BROKER_HEADER;
  const room = slot.y + slot.h - below;
  const y = room > 56 ? below + room / 2 + 14 : slot.y + slot.h / 2 + 14;
  return (
    <text className="dg-down-label" x={slot.x + slot.w / 2} y={y} textAnchor="middle">
      DOWN
    </text>
  );
}
