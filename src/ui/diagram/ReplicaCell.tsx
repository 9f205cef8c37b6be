// One replica as a small cell (the 'cells' zoom of a big cluster): leader filled with a star,
// follower hollow and dashed, out of ISR striped, a bar for its log end offset and high watermark
// against the partition's longest log. Named like a full replica log, and selects it the same way.
import { memo } from 'react';
import type { PartitionView, ReplicaView } from '../../engine/view.types';
import { inIsr, replicaLabel, replicaRole } from '../describe';
import { svgButtonProps } from './svgButton';
import { type CellSlot, cellText } from './zoom';

interface Props {
  partition: PartitionView;
  replica: ReplicaView;
  slot: CellSlot;
  /** The topic's short code ("o" for orders), empty with one topic. */
  code: string;
  /** Shared by every cell of the diagram, so brokers compare at a glance. */
  fontPx: number;
  /** Leaders show a star before their label (when the cells are wide enough for it). */
  star: boolean;
  brokerDown: boolean;
  selected: boolean;
  onSelect(topic: string, partition: number, broker: number): void;
}

export const ReplicaCell = memo(ReplicaCellView, sameCellProps);

function ReplicaCellView({ partition, replica, slot, code, fontPx, star, brokerDown, selected, onSelect }: Props) {
  const role = replicaRole(partition, replica);
  const isr = inIsr(partition, replica.broker);
  const offline = partition.leader === null;
  const longest = Math.max(1, ...partition.replicaLogs.map((r) => r.logEndOffset));
  const barW = slot.w - 6;
  const cls = ['dg-replica', 'dg-rcell', `is-${role}`, isr ? 'in-isr' : 'out-of-isr', offline ? 'is-offline' : '', selected ? 'is-selected' : ''].filter(Boolean).join(' ');
  const label = replicaLabel(partition, replica, brokerDown);
  // Without the star, filled and square-cornered still say leader.
  const text = cellText(code, partition.partition, role === 'leader', star);
  // Centred in what the HW/LEO bar leaves (the bottom 3px).
  const textY = slot.y + (slot.h - 3) / 2 + fontPx * 0.36;
  return (
    <g className={cls} {...svgButtonProps(label, () => onSelect(partition.topic, partition.partition, replica.broker), selected)}>
      <rect className="dg-replica-box" x={slot.x} y={slot.y} width={slot.w} height={slot.h} rx={role === 'leader' ? 2 : 6} />
      {!isr && <rect x={slot.x} y={slot.y} width={slot.w} height={slot.h} rx={6} fill="url(#dg-stripes-out)" />}
      <text className="dg-rcell-text" x={slot.x + slot.w / 2} y={textY} textAnchor="middle" style={{ fontSize: fontPx }}>
        {text}
      </text>
      {slot.h >= 16 && (
        <>
          <rect className="dg-rcell-leo" x={slot.x + 3} y={slot.y + slot.h - 4} width={(barW * replica.logEndOffset) / longest} height={2.5} />
          <rect className="dg-rcell-hw" x={slot.x + 3} y={slot.y + slot.h - 4} width={(barW * Math.min(replica.highWatermark, replica.logEndOffset)) / longest} height={3} />
        </>
      )}
      <title>{label}</title>
    </g>
  );
}

function sameCellProps(a: Props, b: Props): boolean {
  return (
    a.slot === b.slot &&
    a.code === b.code &&
    a.fontPx === b.fontPx &&
    a.star === b.star &&
    a.selected === b.selected &&
    a.onSelect === b.onSelect &&
    replicaLabel(a.partition, a.replica, a.brokerDown) === replicaLabel(b.partition, b.replica, b.brokerDown) &&
    Math.max(...a.partition.replicaLogs.map((r) => r.logEndOffset)) === Math.max(...b.partition.replicaLogs.map((r) => r.logEndOffset))
  );
}
