// A consumer group box with its members: each member's partitions, position, committed offset, lag.
import type { ClusterView, ConsumerView } from '../../engine/view.types';
import { committedOf, consumerLabel, lagOf, partitionName } from '../describe';
import { groupHeaderWords, type LagOf } from './chipText';
import { ConsumerChip, fitChipText } from './ConsumerChip';
import { measureChipText } from './chipMeasure';
import { keyClass } from './keyStyle';
import { lastPoll, lastPollWords } from './lastPoll';
import { consumerColumns, consumerStatusText } from './groupsLayout';
import { CONSUMER_HEADER, CONSUMER_ROW, type DiagramLayout, MAX_CONSUMER_ROWS } from './layout';
import { StoryMark, storyAttrs } from './StoryMark';
import { svgButtonProps } from './svgButton';

interface Props {
  view: ClusterView;
  group: DiagramLayout['groups'][number];
  consumers: ConsumerView[];
  selectedConsumer: string | null;
  /** One-line chips instead of full boxes; partitions are named with these topic codes. */
  chips: boolean;
  topicCodes: Map<string, string>;
  onSelect(id: string): void;
  /** The consumer that acted in the current step, and those whose shown state it changed. */
  actingConsumer?: string | null;
  changedConsumers?: ReadonlySet<string>;
}

const statusMark: Record<ConsumerView['status'], string> = {
  running: '● running',
  idle: '○ idle',
  stopped: '■ stopped',
  crashed: '✕ crashed',
};

export function ConsumerGroupNode({ view, group, consumers, selectedConsumer, chips, topicCodes, onSelect, actingConsumer = null, changedConsumers }: Props) {
  const g = view.groups.find((x) => x.groupId === group.groupId);
  const state = g ? `generation ${g.generation} · ${g.state}` : 'no members yet';
  // A chip group's header is one short line: its name and state, then the generation if it fits;
  // shorter forms where it does not, never a cut word (chipText.ts).
  const head = groupHeaderWords(group.groupId, g?.state ?? null, g?.generation ?? null, group.w - 16);
  // The consumer's own numbers when the engine gives them, else its group's.
  const lagOfPartition: LagOf = (c, a) =>
    c.lag?.find((x) => x.topic === a.topic && x.partition === a.partition)?.lag ?? lagOf(view, c.groupId, a.topic, a.partition);
  if (chips)
    return (
      <g className="dg-group">
        <rect className="dg-group-box" x={group.x} y={group.y} width={group.w} height={group.h} rx={8} />
        <text className="dg-small" x={group.x + 8} y={group.y + 17}>
          <tspan className="dg-group-name">{head.name}</tspan>
          {head.state === null ? '' : ` · ${head.state}`}
        </text>
        {group.consumers.map((slot) => {
          const c = consumers.find((x) => x.id === slot.id);
          return c ? (
            <ConsumerChip
              key={c.id}
              consumer={c}
              rect={slot}
              topicCodes={topicCodes}
              lagOf={lagOfPartition}
              selected={selectedConsumer === c.id}
              onSelect={onSelect}
              acting={actingConsumer === c.id}
              changed={changedConsumers?.has(c.id)}
            />
          ) : null;
        })}
      </g>
    );
  return (
    <g className="dg-group">
      <rect className="dg-group-box" x={group.x} y={group.y} width={group.w} height={group.h} rx={8} />
      <text className="dg-text dg-group-name" x={group.x + 8} y={group.y + 18}>
        Group {group.groupId}
      </text>
      <text className="dg-small" x={group.x + 8} y={group.y + 35}>
        {fitChipText(state, group.w - 16)}
      </text>
      {group.consumers.map((slot) => {
        const c = consumers.find((x) => x.id === slot.id);
        if (!c) return null;
        const positions = new Map(c.positions.map((p) => [partitionName(p.topic, p.partition), p.offset]));
        const shown = c.assignment.slice(0, MAX_CONSUMER_ROWS);
        const columns = consumerColumns(
          shown.map((a) => partitionName(a.topic, a.partition)),
          slot.w,
        );
        const selected = selectedConsumer === c.id;
        return (
          <g
            key={c.id}
            className={`dg-client dg-consumer is-${c.status}${selected ? ' is-selected' : ''}`}
            {...svgButtonProps(consumerLabel(c), () => onSelect(c.id), selected)}
            {...storyAttrs({ acting: actingConsumer === c.id, changed: changedConsumers?.has(c.id) })}
          >
            <StoryMark rect={slot} acting={actingConsumer === c.id} changed={changedConsumers?.has(c.id)} />
            <rect className="dg-client-box" x={slot.x} y={slot.y} width={slot.w} height={slot.h} rx={6} />
            <text className="dg-title" x={slot.x + 8} y={slot.y + 21}>
              Consumer {c.id}
            </text>
            <text className="dg-small" x={slot.x + slot.w - 8} y={slot.y + 21} textAnchor="end">
              {consumerStatusText(c.id, statusMark[c.status], slot.w)}
            </text>
            {shown.length === 0 ? (
              <text className="dg-small" x={slot.x + 8} y={slot.y + CONSUMER_HEADER + 15}>
                no partitions
              </text>
            ) : (
              <text className="dg-colhead" y={slot.y + CONSUMER_HEADER + 13}>
                {columns.map(([label, dx]) => (
                  <tspan key={label} x={slot.x + dx}>
                    {label}
                  </tspan>
                ))}
              </text>
            )}
            {shown.map((a, i) => {
              const name = partitionName(a.topic, a.partition);
              const same = (x: { topic: string; partition: number }) => x.topic === a.topic && x.partition === a.partition;
              const lag = lagOfPartition(c, a);
              const committed = c.committed?.find(same)?.offset ?? committedOf(view, c.groupId, a.topic, a.partition);
              const values = [name, positions.get(name) ?? '—', committed ?? '—', lag ?? '—'];
              return (
                <text key={name} className="dg-small dg-cols" y={slot.y + CONSUMER_HEADER + 13 + (i + 1) * CONSUMER_ROW}>
                  {values.map((v, k) => (
                    <tspan key={columns[k][0]} x={slot.x + columns[k][1]}>
                      {String(v)}
                    </tspan>
                  ))}
                </text>
              );
            })}
            {shown.length > 0 && <LastPollLine consumer={c} x={slot.x + 8} y={slot.y + CONSUMER_HEADER + 13 + (shown.length + 1) * CONSUMER_ROW} w={slot.w - 16} />}
            {c.assignment.length > shown.length && (
              <text className="dg-small" x={slot.x + slot.w - 8} y={slot.y + 21 + 16} textAnchor="end">
                +{c.assignment.length - shown.length} more
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** "last poll 2 records: 4 alice, 5 bob", each record in its key's colour as on the logs; "+N more" for those that do not fit. */
function LastPollLine({ consumer, x, y, w }: { consumer: ConsumerView; x: number; y: number; w: number }) {
  const records = lastPoll(consumer);
  const label = 'last poll ';
  // Measured in the chips' semi-bold type: a little wider than this line's, so what is kept fits.
  const { head, shown, more } = lastPollWords(records, w - measureChipText(label), measureChipText);
  return (
    <text className="dg-small dg-last-poll" x={x} y={y}>
      <tspan className="dg-colhead">{label}</tspan>
      {head}
      {shown.map((part, i) => {
        const rec = records[i];
        return (
          <tspan key={`${rec.topic}-${rec.partition}-${rec.offset}`} className={`dg-poll-rec ${keyClass(rec.key)}`}>
            {i > 0 ? ', ' : ''}
            {part}
          </tspan>
        );
      })}
      {more > 0 ? ` +${more} more` : ''}
    </text>
  );
}
