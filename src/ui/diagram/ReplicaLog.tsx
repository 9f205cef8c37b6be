// One replica drawn as its log: on the left its partition, its role (leader by a star and a word,
// out-of-ISR striped and labelled) and its HW and LEO in words; on the right its newest records,
// wrapped onto as many rows as the slot holds, each coloured by its key with the key written in
// it, committed records filled and uncommitted ones hollow and dashed, the HW and LEO drawn as
// marks between records. Memoized on what it draws, so a step that leaves it alone skips it.
import { motion } from 'motion/react';
import { memo, type ReactNode } from 'react';
import type { PartitionView, RecordView, ReplicaView } from '../../engine/view.types';
import { inIsr, partitionName, replicaLabel, replicaRole } from '../describe';
import { keyClass, keyCue, recordLabel } from './keyStyle';
import type { ReplicaSlot } from './layout';
import { cellAt, LABEL_LINE, logWindow, markAt } from './logLayout';

/** Beside a tall row of records the label stays this near its top. */
const ROW_TOP = 4;
import { svgButtonProps } from './svgButton';

interface Props {
  partition: PartitionView;
  replica: ReplicaView;
  slot: ReplicaSlot;
  brokerDown: boolean;
  selected: boolean;
  selectedOffset: number | null;
  /**
   * Records slide along as the log grows, each keyed by its offset. Off (fast playback), they
   * are keyed by their place in the grid instead, so a new step updates them in place rather
   * than mounting a new element (and animation) per record, and their text is left out.
   */
  animate: boolean;
  onSelect(topic: string, partition: number, broker: number): void;
}


export const ReplicaLog = memo(ReplicaLogView, sameReplicaProps);

function ReplicaLogView({ partition, replica, slot, brokerDown, selected, selectedOffset, animate, onSelect }: Props) {
  const role = replicaRole(partition, replica);
  const isr = inIsr(partition, replica.broker);
  const { first, end } = logWindow(replica.logStartOffset, replica.logEndOffset, slot.maxCells);
  const byOffset = new Map(replica.records.map((r) => [r.offset, r]));
  const cls = ['dg-replica', `is-${role}`, isr ? 'in-isr' : 'out-of-isr', selected ? 'is-selected' : ''].join(' ');
  // The label starts at the top of the row, beside or above the first row of records.
  const labelTop = slot.labelBeside ? slot.y + Math.min(ROW_TOP, Math.max(0, (slot.h - 3 * LABEL_LINE - 4) / 2)) : slot.y + 2;
  const roleWord = !isr ? '✕ OUT OF ISR' : role === 'leader' ? '★ LEADER' : 'follower';
  const marks = (
    <>
      <tspan className="dg-hw-text">HW {replica.highWatermark}</tspan> LEO {replica.logEndOffset}
    </>
  );
  const cells: ReactNode[] = [];
  for (let offset = first; offset < end; offset++) {
    const at = cellAt(slot, offset - first);
    cells.push(
      <RecordCell
        key={animate ? offset : offset - first}
        offset={offset}
        record={byOffset.get(offset)}
        committed={offset < replica.highWatermark}
        picked={selectedOffset === offset}
        x={at.x}
        y={at.y}
        w={slot.cellW}
        h={slot.cellH}
        animate={animate}
      />,
    );
  }
  const hw = markAt(slot, first, Math.max(first, replica.highWatermark));
  const leo = markAt(slot, first, end);
  // Equal marks side by side, so both stay visible.
  const leoX = leo.x + (leo.x === hw.x ? 2.5 : 0);
  return (
    <g className="dg-replica-log">
      <g className={cls} {...svgButtonProps(replicaLabel(partition, replica, brokerDown), () => onSelect(partition.topic, partition.partition, replica.broker), selected)}>
        <rect className="dg-replica-box" x={slot.x} y={slot.y} width={slot.w} height={slot.h} rx={role === 'leader' ? 2 : 8} />
        {!isr && <rect x={slot.x} y={slot.y} width={slot.w} height={slot.h} rx={8} fill="url(#dg-stripes-out)" />}
        {slot.labelBeside ? (
          <>
            <text className="dg-text dg-replica-name" x={slot.x + 6} y={labelTop + LABEL_LINE}>
              {partitionName(partition.topic, partition.partition)}
            </text>
            <text className="dg-badge" x={slot.x + 6} y={labelTop + 2 * LABEL_LINE}>
              {roleWord}
            </text>
            <text className="dg-mark" x={slot.x + 6} y={labelTop + 3 * LABEL_LINE}>
              {marks}
            </text>
          </>
        ) : (
          <>
            <text className="dg-text dg-replica-name" x={slot.x + 6} y={labelTop + LABEL_LINE - 2}>
              {partitionName(partition.topic, partition.partition)}
              <tspan className="dg-badge" dx={6}>
                {roleWord}
              </tspan>
            </text>
            {slot.labelLines > 1 && (
              <text className="dg-mark" x={slot.x + 6} y={labelTop + 2 * LABEL_LINE - 2}>
                {marks}
              </text>
            )}
          </>
        )}
      </g>
      <g className="dg-log">
        {cells}
        {end === first && (
          <text className="dg-small dg-empty" x={slot.cellsX + 4} y={slot.cellsY + slot.cellH / 2 + 5}>
            empty
          </text>
        )}
        <line className="dg-hw" x1={hw.x} x2={hw.x} y1={hw.y - 2} y2={hw.y + hw.h} />
        <line className="dg-leo" x1={leoX} x2={leoX} y1={leo.y} y2={leo.y + leo.h + 2} />
      </g>
    </g>
  );
}

interface CellProps {
  offset: number;
  record: RecordView | undefined;
  committed: boolean;
  picked: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
  animate: boolean;
}

/** One record: named "offset <n>" with its key and value; its offset and key written in it while not playing fast. */
function RecordCell({ offset, record, committed, picked, x, y, w, h, animate }: CellProps) {
  const key = record ? record.key : null;
  const cls = `dg-rec ${keyClass(key)} ${committed ? 'is-committed' : 'is-uncommitted'}${picked ? ' is-picked' : ''}`;
  const body = (
    <>
      <rect className="dg-rec-box" x={0} y={0} width={w} height={h} rx={committed ? 3 : 6} />
      {animate && (
        <>
          <text className="dg-rec-offset" x={w / 2} y={14} textAnchor="middle">
            {offset}
          </text>
          <text className="dg-rec-key" x={w / 2} y={h - 6} textAnchor="middle">
            {record ? keyCue(key) : '?'}
          </text>
        </>
      )}
    </>
  );
  const a11y = { role: 'img' as const, 'aria-label': recordLabel(offset, record, committed) };
  return animate ? (
    <motion.g className={cls} {...a11y} initial={false} animate={{ x, y }}>
      {body}
    </motion.g>
  ) : (
    <g className={cls} {...a11y} transform={`translate(${x} ${y})`}>
      {body}
    </g>
  );
}

/** Equal when the drawing would be: the view's objects are new every step, their numbers often not. */
function sameReplicaProps(a: Props, b: Props): boolean {
  if (
    a.slot !== b.slot ||
    a.brokerDown !== b.brokerDown ||
    a.selected !== b.selected ||
    a.selectedOffset !== b.selectedOffset ||
    a.animate !== b.animate ||
    a.onSelect !== b.onSelect
  )
    return false;
  const [p, q] = [a.partition, b.partition];
  if (p.topic !== q.topic || p.partition !== q.partition || p.leader !== q.leader || p.isr.join() !== q.isr.join()) return false;
  const [r, s] = [a.replica, b.replica];
  if (r.broker !== s.broker || r.logStartOffset !== s.logStartOffset || r.logEndOffset !== s.logEndOffset || r.highWatermark !== s.highWatermark) return false;
  // The drawn records: a truncation may replace records at the same offsets.
  const { first } = logWindow(r.logStartOffset, r.logEndOffset, a.slot.maxCells);
  const drawn = (x: ReplicaView) => x.records.filter((rec) => rec.offset >= first);
  const [dr, ds] = [drawn(r), drawn(s)];
  return (
    dr.length === ds.length &&
    dr.every((rec, i) => rec.offset === ds[i].offset && rec.value === ds[i].value && rec.key === ds[i].key && rec.leaderEpoch === ds[i].leaderEpoch)
  );
}
