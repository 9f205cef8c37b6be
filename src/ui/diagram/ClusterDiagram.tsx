// The cluster diagram: producers left, brokers with their replica logs in the middle, the
// controller above, consumer groups right, messages moving on the links.
import { memo, useCallback, useMemo } from 'react';
import type { ClusterView } from '../../engine/view.types';
import type { Selection } from '../../store/selection';
import { BrokerBox, BrokerDownLabel, BrokerNode } from './BrokerNode';
import { ConsumerGroupNode } from './ConsumerGroupNode';
import { ControllerNode } from './ControllerNode';
import { DiagramDefs } from './DiagramDefs';
import type { HeaderStates } from './inFlightClearance';
import { InFlightLayer } from './InFlightLayer';
import { LinksLayer } from './LinksLayer';
import { fitDiagram } from './fitScale';
import type { BrokerSlot } from './layout';
import { logWindow } from './logLayout';
import { layoutInputOf, layoutKey } from './layoutInput';
import { ProducerNode } from './ProducerNode';
import { ReplicaCell } from './ReplicaCell';
import { ReplicaLog } from './ReplicaLog';
import { ZoomLegend } from './ZoomLegend';
import { findSend } from '../viewCounts';
import { recordKey, replicaKey, type StepHighlights } from '../../story/highlights';

export interface ClusterDiagramProps {
  view: ClusterView;
  /** Size of the drawing area in CSS pixels, and the smallest text size it may draw (fitScale.ts). */
  width: number;
  height: number;
  minTextPx: number;
  selection: Selection | null;
  /** False during fast playback: nothing glides, and unchanged parts are not re-rendered. */
  animate?: boolean;
  onActivateBroker(id: number): void;
  onSelect(selection: Selection): void;
  /** What the current step did: the acting component and what changed (story/highlights). */
  highlights?: StepHighlights | null;
  /** CSS pixels at the top right that an HTML control covers (the Legend button): corner text keeps clear of them. */
  cornerReservePx?: number;
}

/** Memoized: at "Fast" its container re-renders on every answer but hands it a new view only now and then. */
export const ClusterDiagram = memo(ClusterDiagramView);

function ClusterDiagramView({ view, width, height, minTextPx, selection, animate = true, onActivateBroker, onSelect, highlights = null, cornerReservePx = 0 }: ClusterDiagramProps) {
  const hl = highlights;
  // Laid out again only when who is drawn where changes (not every step), so slots keep their
  // identity and the memoized nodes can skip steps that leave them alone.
  const input = layoutInputOf(view, width, height);
  const inputKey = `${layoutKey(input)}/${minTextPx}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: inputKey stands for the input's content
  const { layout, scale } = useMemo(() => fitDiagram(input, { width, height }, minTextPx), [inputKey]);
  const selectReplica = useCallback((topic: string, partition: number, broker: number) => onSelect({ kind: 'replica', topic, partition, broker }), [onSelect]);
  const isolated = new Set(view.network.isolated);
  const picked =
    selection?.kind === 'record'
      ? selection
      : selection?.kind === 'send'
        ? (() => {
            const s = findSend(
              view.producers.find((p) => p.id === selection.producer),
              selection.index,
            );
            return s && s.partition !== null && s.offset !== null ? { topic: s.topic, partition: s.partition, offset: s.offset } : null;
          })()
        : null;
  const inFlight = <InFlightLayer inFlight={view.inFlight} partitions={view.partitions} layout={layout} timeMs={view.timeMs} animate={animate} headers={headerStates(view)} />;
  return (
    // biome-ignore lint/a11y/useSemanticElements: the svg root is a group of buttons, not an image
    <svg
      className="dg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width * scale}
      height={layout.height * scale}
      aria-label={`${view.title}, simulated time ${view.timeMs} ms`}
      role="group"
    >
      <DiagramDefs />
      <LinksLayer view={view} layout={layout} />
      {layout.brokers.map((slot) => {
        const b = view.brokers.find((x) => x.id === slot.id);
        return b ? (
          <BrokerBox
            key={slot.id}
            broker={b}
            slot={slot}
            selected={selection?.kind === 'broker' && selection.broker === b.id}
            onActivate={onActivateBroker}
            acting={hl?.acting === `broker-${b.id}`}
            changed={hl?.brokers.has(b.id)}
          />
        ) : null;
      })}
      {/* A big cluster's messages go over the boxes and links but under every word: names, states, cells. */}
      {layout.zoom === 'cells' && inFlight}
      {layout.legend && <ZoomLegend codes={layout.topicCodes} left={layout.legend.left} right={layout.legend.right} rightReserve={cornerReservePx / scale} star={layout.cellStar} />}
      <ControllerNode view={view} layout={layout} selected={selection?.kind === 'controller'} onSelect={() => onSelect({ kind: 'controller' })} acting={hl?.acting === 'controller'} />
      {layout.producers.map((slot) => {
        const p = view.producers.find((x) => x.id === slot.id);
        return p ? (
          <ProducerNode
            key={slot.id}
            producer={p}
            rect={slot}
            isolated={isolated.has(p.id)}
            selected={selection?.kind === 'producer' && selection.producer === p.id}
            onSelect={(producer) => onSelect({ kind: 'producer', producer })}
            acting={hl?.acting === p.id}
            changed={hl?.producers.has(p.id)}
          />
        ) : null;
      })}
      {layout.brokers.map((slot) => {
        const b = view.brokers.find((x) => x.id === slot.id);
        if (!b) return null;
        return (
          <g key={slot.id} className={b.status === 'down' ? 'dg-broker-down' : undefined}>
            <BrokerNode
              broker={b}
              view={view}
              slot={slot}
              selected={selection?.kind === 'broker' && selection.broker === b.id}
              onActivate={onActivateBroker}
              acting={hl?.acting === `broker-${b.id}`}
              changed={hl?.brokers.has(b.id)}
            />
            {slot.replicas.map((rs) => {
              const p = view.partitions.find((x) => x.topic === rs.topic && x.partition === rs.partition);
              const r = p?.replicaLogs.find((x) => x.broker === b.id);
              if (!p || !r) return null;
              const sameP = (s: { topic: string; partition: number }) => s.topic === p.topic && s.partition === p.partition;
              return (
                <ReplicaLog
                  key={`${rs.topic}-${rs.partition}`}
                  partition={p}
                  replica={r}
                  slot={rs}
                  brokerDown={b.status === 'down'}
                  selected={selection?.kind === 'replica' && sameP(selection) && selection.broker === b.id}
                  selectedOffset={picked && sameP(picked) ? picked.offset : null}
                  animate={animate}
                  onSelect={selectReplica}
                  changed={hl?.replicas.has(replicaKey(p.topic, p.partition, b.id))}
                  changedOffsets={hl ? changedOffsetsOf(hl, p.topic, p.partition, b.id, r.logStartOffset, r.logEndOffset) : null}
                  ackedUnsafe={p.leader === b.id ? ackedUnsafeOf(view, p.topic, p.partition, r.highWatermark) : null}
                />
              );
            })}
            {slot.cells.map((cs) => {
              const p = view.partitions.find((x) => x.topic === cs.topic && x.partition === cs.partition);
              const r = p?.replicaLogs.find((x) => x.broker === b.id);
              if (!p || !r) return null;
              return (
                <ReplicaCell
                  key={`${cs.topic}-${cs.partition}`}
                  partition={p}
                  replica={r}
                  slot={cs}
                  code={layout.topicCodes.get(p.topic) ?? ''}
                  fontPx={layout.cellFontPx}
                  star={layout.cellStar}
                  brokerDown={b.status === 'down'}
                  selected={selection?.kind === 'replica' && selection.topic === p.topic && selection.partition === p.partition && selection.broker === b.id}
                  onSelect={selectReplica}
                />
              );
            })}
            {b.status === 'down' && <BrokerDownLabel slot={slot} lastShown={shownInLastReplica(view, slot, b.id)} />}
          </g>
        );
      })}
      {layout.groups.map((g) => (
        <ConsumerGroupNode
          key={g.groupId}
          view={view}
          group={g}
          consumers={view.consumers}
          selectedConsumer={selection?.kind === 'consumer' ? selection.consumer : null}
          chips={layout.consumerChips}
          topicCodes={layout.topicCodes}
          onSelect={(consumer) => onSelect({ kind: 'consumer', consumer })}
          actingConsumer={hl?.acting ?? null}
          changedConsumers={hl?.consumers}
        />
      ))}
      {/* Logs have room around them: messages (and their labels, placed clear of every word) go on top. */}
      {layout.zoom !== 'cells' && inFlight}
    </svg>
  );
}

/** Each broker's header state (its tag's width, the controller's mark), for the messages to keep off. */
function headerStates(view: ClusterView): HeaderStates {
  return new Map(view.brokers.map((b) => [b.id, { id: b.id, down: b.status === 'down', isolated: b.isolated, controller: view.controller.activeBroker === b.id }]));
}

/** The offsets of one replica's records the step wrote (none: null, so memoized logs compare cheaply). */
function changedOffsetsOf(hl: StepHighlights, topic: string, partition: number, broker: number, from: number, to: number): Set<number> | null {
  if (hl.records.size === 0) return null;
  const out = new Set<number>();
  for (let o = Math.max(from, to - 200); o < to; o++) if (hl.records.has(recordKey(topic, partition, broker, o))) out.add(o);
  return out.size > 0 ? out : null;
}

/**
 * Offsets of a partition acknowledged to a producer that its leader has at or above its high
 * watermark: the producer was told "stored", yet not every in-sync replica has it (acks=1).
 */
function ackedUnsafeOf(view: ClusterView, topic: string, partition: number, highWatermark: number): Set<number> | null {
  let out: Set<number> | null = null;
  for (const p of view.producers)
    for (const s of p.sends)
      if (s.status === 'acked' && s.topic === topic && s.partition === partition && s.offset !== null && s.offset >= highWatermark) (out ??= new Set()).add(s.offset);
  return out;
}

/** How many records the broker's last drawn replica shows (its log's newest that fit). */
function shownInLastReplica(view: ClusterView, slot: BrokerSlot, broker: number): number {
  const last = slot.replicas[slot.replicas.length - 1];
  if (!last) return 0;
  const r = view.partitions.find((p) => p.topic === last.topic && p.partition === last.partition)?.replicaLogs.find((x) => x.broker === broker);
  if (!r) return 0;
  const { first, end } = logWindow(r.logStartOffset, r.logEndOffset, last.maxCells);
  return end - first;
}
