// A broker's box. Its header is the button that opens the broker's panel; its replicas are drawn
// on top as siblings, not children, so no interactive element sits inside another.
import { memo } from 'react';
import type { BrokerView, ClusterView } from '../../engine/view.types';
import { brokerLabel } from '../describe';
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

function BrokerNodeView({ broker, view, slot, selected, onActivate, acting, changed }: Props) {
  const down = broker.status === 'down';
  // A big cluster's short header gets a smaller tag; a narrow box keeps the state's mark and drops its word.
  const cellsHead = slot.cells.length > 0 || slot.headerH < 30;
  const cls = ['dg-broker', cellsHead ? 'is-cells' : '', down ? 'is-down' : '', broker.isolated ? 'is-isolated' : '', selected ? 'is-selected' : ''].filter(Boolean).join(' ');
  const isController = view.controller.activeBroker === broker.id;
  const word = down ? '✕ DOWN' : broker.isolated ? '⚡ ISOLATED' : '● UP';
  const charW = cellsHead ? 7 : 8;
  const narrow = slot.w < word.length * charW + (cellsHead ? 100 : 110);
  const tag = narrow ? word.slice(0, 1) : word;
  const tagW = tag.length * charW + (cellsHead ? 10 : 14);
  const tagH = cellsHead ? 16 : 22;
  const activate = () => onActivate(broker.id);
  const tagY = slot.y + (slot.headerH - tagH) / 2 + 1;
  return (
    <g className={cls}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; the header below is the keyboard button */}
      <rect className="dg-broker-box" x={slot.x} y={slot.y} width={slot.w} height={slot.h} rx={10} onClick={activate} />
      <StoryMark rect={slot} acting={acting} changed={changed} rx={10} />
      {down && <rect className="dg-hatch" x={slot.x} y={slot.y} width={slot.w} height={slot.h} rx={10} fill="url(#dg-hatch-down)" />}
      <g className="dg-broker-head" {...svgButtonProps(brokerLabel(broker, view), activate)} {...storyAttrs({ acting, changed })}>
        <rect className="dg-head-box" x={slot.x + 2} y={slot.y + 2} width={slot.w - 4} height={slot.headerH - 4} rx={8} />
        <text className="dg-title" x={slot.x + (cellsHead ? 8 : 12)} y={slot.y + slot.headerH / 2 + (cellsHead ? 5 : 6)}>
          Broker {broker.id}
          {isController ? ' ◆' : ''}
        </text>
        <rect className="dg-tag-box" x={slot.x + slot.w - tagW - (cellsHead ? 5 : 8)} y={tagY} width={tagW} height={tagH} rx={tagH / 2} />
        <text className="dg-tag-text" x={slot.x + slot.w - tagW / 2 - (cellsHead ? 5 : 8)} y={tagY + tagH / 2 + (cellsHead ? 4 : 5)} textAnchor="middle">
          {tag}
        </text>
      </g>
      {slot.hiddenReplicas > 0 && (
        // Below the last row of cells: the cells layout keeps that line free.
        <text className="dg-small" x={slot.x + (cellsHead ? 8 : 12)} y={slot.y + slot.h - (cellsHead ? 6 : 8)}>
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
