// The lesson's own status tracker, as the seed pages draw it: the story's variables (a record's
// state, the HW, the ISR, a consumer's position …) in columns Start, "After step n" for each story
// moment (the steps the narration is bound to) and Final. Built where the run's earlier views are
// (the lesson-run worker), so the page gets a finished table.
import type { ClusterView } from '../../engine/view.types';
import type { TrackedVariable } from '../types';
import type { LessonRun } from './lessonRun';
import { messageState } from './statusTracker';

export interface LessonTrackerTable {
  columns: { step: number; label: string }[];
  variables: { name: string; cells: string[]; changed: boolean[] }[];
}

const tp = (v: { topic: string; partition: number }) => `${v.topic}-${v.partition}`;

function partition(view: ClusterView, v: { topic: string; partition: number }) {
  return view.partitions.find((p) => p.topic === v.topic && p.partition === v.partition);
}

function sendIndex(run: LessonRun, producer: string, value: string): number | undefined {
  return run.finalView.producers.find((p) => p.id === producer)?.sends.find((s) => s.value === value)?.index;
}

function brokerState(view: ClusterView, id: number): string {
  const b = view.brokers.find((x) => x.id === id);
  if (!b) return '—';
  if (b.status === 'down') return 'down';
  return [b.isolated ? 'isolated' : 'up', b.fenced ? 'fenced' : ''].filter(Boolean).join(', ');
}

/** The variable's name in the table and how to read it from a view. */
export function trackedCell(run: LessonRun, v: TrackedVariable): { name: string; cell: (view: ClusterView) => string } {
  switch (v.kind) {
    case 'record': {
      const focus = { producer: v.producer, sendIndex: sendIndex(run, v.producer, v.value) };
      return { name: `record '${v.value}'`, cell: (view) => (focus.sendIndex === undefined ? 'never sent' : messageState(view, focus)) };
    }
    case 'highWatermark':
      return { name: `HW (${tp(v)})`, cell: (view) => String(partition(view, v)?.highWatermark ?? '—') };
    case 'logEndOffset':
      return {
        name: v.broker === undefined ? `LEO (${tp(v)} leader)` : `LEO (${tp(v)} on broker ${v.broker})`,
        cell: (view) => {
          const p = partition(view, v);
          const log = p?.replicaLogs.find((r) => r.broker === (v.broker ?? p.leader));
          return log ? String(log.logEndOffset) : '—';
        },
      };
    case 'logStartOffset':
      return { name: `log start offset (${tp(v)})`, cell: (view) => String(partition(view, v)?.replicaLogs[0]?.logStartOffset ?? '—') };
    case 'isr':
      return { name: `ISR (${tp(v)})`, cell: (view) => { const p = partition(view, v); return p ? `{${p.isr.join(',')}}` : '—'; } };
    case 'leader':
      return {
        name: `leader (${tp(v)})`,
        cell: (view) => { const p = partition(view, v); return !p ? '—' : p.leader === null ? 'none (offline)' : `broker ${p.leader}, epoch ${p.leaderEpoch}`; },
      };
    case 'position':
      return {
        name: `position (${v.consumer}, ${tp(v)})`,
        cell: (view) => {
          const c = view.consumers.find((x) => x.id === v.consumer);
          if (!c || c.status === 'crashed' || c.status === 'stopped') return c ? `— (${c.status})` : '—';
          return String(c.positions.find((p) => p.topic === v.topic && p.partition === v.partition)?.offset ?? '—');
        },
      };
    case 'committed':
      return {
        name: `committed ('${v.groupId}', ${tp(v)})`,
        cell: (view) => String(view.groups.find((g) => g.groupId === v.groupId)?.committed.find((c) => c.topic === v.topic && c.partition === v.partition)?.offset ?? 'none'),
      };
    case 'generation':
      return { name: `generation ('${v.groupId}')`, cell: (view) => { const g = view.groups.find((x) => x.groupId === v.groupId); return g ? `${g.generation} (${g.state})` : '—'; } };
    case 'assignment':
      return {
        name: `assignment (${v.consumer})`,
        cell: (view) => {
          const c = view.consumers.find((x) => x.id === v.consumer);
          if (!c) return '—';
          if (c.status === 'crashed' || c.status === 'stopped') return c.status;
          return c.assignment.length ? c.assignment.map(tp).join(', ') : 'none';
        },
      };
    case 'broker':
      return { name: `broker ${v.broker}`, cell: (view) => brokerState(view, v.broker) };
    case 'controller':
      return {
        name: 'controller',
        cell: (view) => (view.metadataMode === 'zookeeper' ? (view.controller.activeBroker === null ? 'none elected' : `broker ${view.controller.activeBroker} (via /controller)`) : 'the KRaft quorum leader'),
      };
  }
}

/** Start, one column per story moment, Final; `changed` marks a value that differs from the column before. */
export function lessonTracker(run: LessonRun, variables: readonly TrackedVariable[], momentSteps: readonly number[]): LessonTrackerTable {
  const moments = [...new Set(momentSteps)].filter((s) => s > 0 && s < run.stepCount).sort((a, b) => a - b);
  const columns = [{ step: 0, label: 'Start' }, ...moments.map((step) => ({ step, label: `After step ${step}` })), { step: run.stepCount, label: 'Final' }];
  const views = columns.map((c) => run.viewAt(c.step));
  return {
    columns,
    variables: variables.map((v) => {
      const { name, cell } = trackedCell(run, v);
      const cells = views.map(cell);
      return { name, cells, changed: cells.map((c, i) => i > 0 && c !== cells[i - 1]) };
    }),
  };
}
