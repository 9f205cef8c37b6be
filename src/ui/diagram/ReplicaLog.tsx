// One replica drawn as a small log: record cells with offsets, HW and LEO marks, leader or follower
// by shape and word, out-of-ISR replicas striped and labelled. Memoized on what it draws, so a step
// that leaves this replica alone does not re-render it.
import { motion } from 'motion/react';
import { memo } from 'react';
import type { PartitionView, ReplicaView } from '../../engine/view.types';
import { inIsr, partitionName, replicaLabel, replicaRole } from '../describe';
import { logWindow, offsetX, type ReplicaSlot } from './layout';
import { StoryMark, storyAttrs } from './StoryMark';
import { svgButtonProps } from './svgButton';

interface Props {
  partition: PartitionView;
  replica: ReplicaView;
  slot: ReplicaSlot;
  brokerDown: boolean;
  selected: boolean;
  selectedOffset: number | null;
  /**
   * Cells slide along as the log grows, each keyed by its offset. Off (fast playback), cells are
   * keyed by their place in the window instead, so a new step updates their text in place rather
   * than mounting a new element (and animation) per record.
   */
  animate: boolean;
  onSelect(topic: string, partition: number, broker: number): void;
  /** The current step changed this replica; `changedOffsets` are the records it wrote. */
  changed?: boolean;
  changedOffsets?: ReadonlySet<number> | null;
  /** Offsets acknowledged to a producer but not yet on every in-sync replica (at or above the HW). */
  ackedUnsafe?: ReadonlySet<number> | null;
}

/** A mark's label sits right of its line, or left of it near the box's right edge. */
function markText(x: number, slot: ReplicaSlot): { x: number; textAnchor: 'start' | 'end' } {
  return x + 40 > slot.x + slot.w ? { x: x - 3, textAnchor: 'end' } : { x: x + 3, textAnchor: 'start' };
}

export const ReplicaLog = memo(ReplicaLogView, sameReplicaProps);

function ReplicaLogView({ partition, replica, slot, brokerDown, selected, selectedOffset, animate, onSelect, changed = false, changedOffsets = null, ackedUnsafe = null }: Props) {
  const role = replicaRole(partition, replica);
  const isr = inIsr(partition, replica.broker);
  const { first, end, clipped } = logWindow(replica.logStartOffset, replica.logEndOffset, slot.maxCells);
  const byOffset = new Map(replica.records.map((r) => [r.offset, r]));
  const cellTop = slot.y + 12;
  const cellH = Math.max(10, slot.h - 24);
  const hwX = offsetX(slot, first, Math.max(first, replica.highWatermark));
  const leoX = offsetX(slot, first, end);
  const cls = ['dg-replica', `is-${role}`, isr ? 'in-isr' : 'out-of-isr', selected ? 'is-selected' : ''].join(' ');
  const cells = [];
  for (let offset = first; offset < end; offset++) {
    const rec = byOffset.get(offset);
    const committed = offset < replica.highWatermark;
    const x = offsetX(slot, first, offset);
    const box = {
      className: 'dg-cell-box',
      y: cellTop,
      width: slot.cellW - 2,
      height: cellH,
      rx: 3,
    };
    cells.push(
      <g
        key={animate ? offset : offset - first}
        className={`dg-cell ${committed ? 'is-committed' : 'is-uncommitted'}${selectedOffset === offset ? ' is-picked' : ''}${changedOffsets?.has(offset) ? ' is-changed' : ''}${ackedUnsafe?.has(offset) ? ' is-acked-unsafe' : ''}`}
      >
        {animate ? <motion.rect {...box} initial={false} animate={{ x: x + 1 }} /> : <rect {...box} x={x + 1} />}
        {/* Offsets are left out while playing fast: they change too quickly to read, and laying
            out hundreds of changing numbers each answer would cost more than the rest of the
            diagram. The HW and LEO labels still give the numbers; pausing brings them back. */}
        {animate && (
          <text className="dg-cell-text" x={x + slot.cellW / 2} y={cellTop + cellH / 2 + 5} textAnchor="middle">
            {offset}
          </text>
        )}
        {ackedUnsafe?.has(offset) && (
          // A warning triangle over the cell: acknowledged, yet only some in-sync replicas have it.
          <path className="dg-acked-unsafe" d={`M${x + slot.cellW / 2} ${cellTop - 9}l6 9h-12z`} />
        )}
        <title>
          {rec ? `offset ${offset}, key ${rec.key ?? 'null'}, value ${rec.value}, epoch ${rec.leaderEpoch}` : `offset ${offset}`}
          {ackedUnsafe?.has(offset) ? ', acknowledged but not yet on every in-sync replica' : ''}
          {changedOffsets?.has(offset) ? ', changed in this step' : ''}
        </title>
      </g>,
    );
  }
  return (
    <g
      className={cls}
      {...svgButtonProps(replicaLabel(partition, replica, brokerDown), () => onSelect(partition.topic, partition.partition, replica.broker), selected)}
      {...storyAttrs({ changed })}
      {...(ackedUnsafe ? { 'aria-description': [changed ? 'changed in this step' : '', unsafeWords(ackedUnsafe)].filter(Boolean).join('; ') } : {})}
    >
      <StoryMark rect={slot} changed={changed} rx={role === 'leader' ? 2 : 8} />
      <rect className="dg-replica-box" x={slot.x} y={slot.y} width={slot.w} height={slot.h} rx={role === 'leader' ? 2 : 8} />
      {!isr && <rect x={slot.x} y={slot.y} width={slot.w} height={slot.h} rx={8} fill="url(#dg-stripes-out)" />}
      <text className="dg-text dg-replica-name" x={slot.x + 6} y={slot.y + Math.min(slot.h / 2, 18)}>
        {partitionName(partition.topic, partition.partition)}
      </text>
      <text className="dg-badge" x={slot.x + 6} y={slot.y + Math.min(slot.h - 4, 34)}>
        {role === 'leader' ? '★ LEADER' : 'follower'}
        {isr ? '' : ' · OUT OF ISR'}
      </text>
      {clipped && (
        <text className="dg-small" x={slot.cellsX - 4} y={cellTop + cellH / 2 + 5} textAnchor="end">
          …
        </text>
      )}
      {cells}
      {end === first && (
        <text className="dg-small dg-empty" x={slot.cellsX + 4} y={cellTop + cellH / 2 + 5}>
          empty
        </text>
      )}
      <line className="dg-hw" x1={hwX} x2={hwX} y1={slot.y + 2} y2={cellTop + cellH} />
      <text className="dg-mark" {...markText(hwX, slot)} y={slot.y + 10}>
        HW {replica.highWatermark}
      </text>
      <line className="dg-leo" x1={leoX} x2={leoX} y1={cellTop} y2={slot.y + slot.h - 1} />
      <text className="dg-mark" {...markText(leoX, slot)} y={slot.y + slot.h - 2}>
        LEO {replica.logEndOffset}
      </text>
    </g>
  );
}

function unsafeWords(offsets: ReadonlySet<number>): string {
  const list = [...offsets].join(', ');
  return `offset${offsets.size === 1 ? '' : 's'} ${list} acknowledged but not yet on every in-sync replica`;
}

/** Equal when the drawing would be: the view's objects are new every step, their numbers often not. */
function sameReplicaProps(a: Props, b: Props): boolean {
  if (
    a.slot !== b.slot ||
    a.brokerDown !== b.brokerDown ||
    a.selected !== b.selected ||
    a.selectedOffset !== b.selectedOffset ||
    a.animate !== b.animate ||
    a.changed !== b.changed ||
    [...(a.changedOffsets ?? [])].join() !== [...(b.changedOffsets ?? [])].join() ||
    [...(a.ackedUnsafe ?? [])].join() !== [...(b.ackedUnsafe ?? [])].join() ||
    a.onSelect !== b.onSelect
  )
    return false;
  const [p, q] = [a.partition, b.partition];
  if (p.topic !== q.topic || p.partition !== q.partition || p.leader !== q.leader || p.isr.join() !== q.isr.join()) return false;
  const [r, s] = [a.replica, b.replica];
  if (r.broker !== s.broker || r.logStartOffset !== s.logStartOffset || r.logEndOffset !== s.logEndOffset || r.highWatermark !== s.highWatermark) return false;
  // The drawn records (their titles): a truncation may replace records at the same offsets.
  const { first } = logWindow(r.logStartOffset, r.logEndOffset, a.slot.maxCells);
  const drawn = (x: ReplicaView) => x.records.filter((rec) => rec.offset >= first);
  const [dr, ds] = [drawn(r), drawn(s)];
  return (
    dr.length === ds.length &&
    dr.every((rec, i) => rec.offset === ds[i].offset && rec.value === ds[i].value && rec.key === ds[i].key && rec.leaderEpoch === ds[i].leaderEpoch)
  );
}
