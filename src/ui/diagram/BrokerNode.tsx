// A broker's box. Its header is the button that opens the broker's panel; its replicas are drawn
// on top as siblings, not children, so no interactive element sits inside another. The box is
// drawn apart from its header (BrokerBox, then BrokerNode): messages on the wire go between the
// two, under every word, so none of them ever hides a name, a state or a replica's label.
import { memo } from 'react';
import type { BrokerView, ClusterView } from '../../engine/view.types';
import { brokerLabel } from '../describe';
import { headerGeometry } from './brokerHeader';
import type { BrokerSlot } from './layout';
import { recordsBottom } from './logLayout';
import { type StoryFlags, StoryMark, storyAttrs } from './StoryMark';
import { svgButtonProps } from './svgButton';

interface Props extends StoryFlags {
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
    a.acting === b.acting &&
    a.changed === b.changed &&
    a.onActivate === b.onActivate &&
    a.view.controller.activeBroker === b.view.controller.activeBroker &&
    brokerLabel(a.broker) === brokerLabel(b.broker) &&
    a.broker.status === b.broker.status &&
    a.broker.isolated === b.broker.isolated,
);

function brokerClass(broker: BrokerView, compact: boolean, selected: boolean): string {
  return ['dg-broker', compact ? 'is-cells' : '', broker.status === 'down' ? 'is-down' : '', broker.isolated ? 'is-isolated' : '', selected ? 'is-selected' : '']
    .filter(Boolean)
    .join(' ');
}

/** The box itself, its story mark and a down broker's hatching: under the messages on the wire. */
export const BrokerBox = memo(function BrokerBox({ broker, slot, selected, onActivate, acting, changed }: Omit<Props, 'view'>) {
  const compact = slot.cells.length > 0 || slot.headerH < 30;
  const activate = () => onActivate(broker.id);
  return (
    <g className={brokerClass(broker, compact, selected)}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; the header is the keyboard button */}
      <rect className="dg-broker-box" x={slot.x} y={slot.y} width={slot.w} height={slot.h} rx={10} onClick={activate} />
      <StoryMark rect={slot} acting={acting} changed={changed} rx={10} />
      {broker.status === 'down' && <rect className="dg-hatch" x={slot.x} y={slot.y} width={slot.w} height={slot.h} rx={10} fill="url(#dg-hatch-down)" />}
    </g>
  );
});

/** The header (the button that opens the broker's panel) and "+N more replicas": over the messages. */
function BrokerNodeView({ broker, view, slot, selected, onActivate, acting, changed }: Props) {
  const isController = view.controller.activeBroker === broker.id;
  const head = headerGeometry(slot, { id: broker.id, down: broker.status === 'down', isolated: broker.isolated, controller: isController });
  const activate = () => onActivate(broker.id);
  return (
    <g className={brokerClass(broker, head.compact, selected)}>
      <g className="dg-broker-head" {...svgButtonProps(brokerLabel(broker, view), activate)} {...storyAttrs({ acting, changed })}>
        <rect className="dg-head-box" x={slot.x + 2} y={slot.y + 2} width={slot.w - 4} height={slot.headerH - 4} rx={8} />
        <text className="dg-title" x={head.nameX} y={head.nameY}>
          {head.name}
        </text>
        <rect className="dg-tag-box" x={head.tagBox.x} y={head.tagBox.y} width={head.tagBox.w} height={head.tagBox.h} rx={head.tagBox.h / 2} />
        <text className="dg-tag-text" x={head.tagTextX} y={head.tagTextY} textAnchor="middle">
          {head.tag}
        </text>
      </g>
      {slot.hiddenReplicas > 0 && (
        // Below the last row of cells: the cells layout keeps that line free.
        <text className="dg-small" x={slot.x + (head.compact ? 8 : 12)} y={slot.y + slot.h - (head.compact ? 6 : 8)}>
          +{slot.hiddenReplicas} more replicas{slot.cells.length > 0 ? '' : ' (see inspector)'}
        </text>
      )}
    </g>
  );
}

/**
 * The big "DOWN" word, drawn after the replicas so nothing covers it, and under the records the
 * broker's last replica shows (`lastShown` of them), so it never hides the log a class is reading.
 */
export function BrokerDownLabel({ slot, lastShown }: { slot: BrokerSlot; lastShown: number }) {
  const lastReplica = slot.replicas[slot.replicas.length - 1];
  const lastCell = slot.cells[slot.cells.length - 1];
  const below = lastReplica ? recordsBottom(lastReplica, lastShown) : lastCell ? lastCell.y + lastCell.h : slot.y + slot.headerH;
  const room = slot.y + slot.h - below;
  const y = room > 56 ? below + room / 2 + 14 : slot.y + slot.h / 2 + 14;
  return (
    <text className="dg-down-label" x={slot.x + slot.w / 2} y={y} textAnchor="middle">
      DOWN
    </text>
  );
}
