// "Try another": the same question about another subject of the same run — another key, record,
// broker, partition, consumer or moment — so an answer copied from a neighbour does not fit.
import type { SimEvent } from '../../../engine/view.types';
import type { EventMatcher, QuizSpec } from '../../types';
import type { LessonRun } from '../lessonRun';

const ISR_EVENTS = ['IsrShrunk', 'IsrExpanded', 'IsrChanged'];

/** The matcher that picks exactly this event: its type, its subject, and its rank among those. */
function matcherOf(events: readonly SimEvent[], e: SimEvent, fields: (keyof EventMatcher & keyof SimEvent)[]): EventMatcher {
  const m: EventMatcher = { type: e.type };
  for (const f of fields) if (e[f] !== undefined) (m as unknown as Record<string, unknown>)[f] = e[f];
  const same = events.filter((x) => x.type === e.type && fields.every((f) => x[f] === e[f]));
  return { ...m, nth: same.indexOf(e) + 1 };
}

function sends(run: LessonRun) {
  return run.finalView.producers.flatMap((p) => p.sends.map((s) => ({ producer: p.id, s })));
}

function crashVariants(run: LessonRun): QuizSpec[] {
  const out: QuizSpec[] = [];
  for (const crash of run.events.filter((e) => e.type === 'BrokerCrashed' && e.broker !== undefined)) {
    for (const p of run.finalView.partitions.filter((x) => x.replicas.includes(crash.broker as number))) {
      out.push({ kind: 'leaderAfterCrash', topic: p.topic, partition: p.partition, broker: crash.broker as number });
      out.push({ kind: 'leaderAfterCrash', topic: p.topic, partition: p.partition, broker: crash.broker as number, nextLeader: true });
    }
  }
  return out;
}

function groupVariants(run: LessonRun, spec: Extract<QuizSpec, { kind: 'assignedConsumer' | 'committedOffset' }>): QuizSpec[] {
  const groupOf = (consumer?: string) => run.scenario.consumers.find((c) => c.id === consumer)?.groupId;
  const type = spec.kind === 'assignedConsumer' ? 'PartitionsAssigned' : 'OffsetsCommitted';
  const events = run.events.filter((e) => e.type === type && groupOf(e.consumer) !== undefined);
  const partitions = run.finalView.partitions.filter((p) => run.scenario.consumers.some((c) => c.topics.includes(p.topic)));
  return events.flatMap((e): QuizSpec[] => {
    const at = matcherOf(run.events, e, ['consumer']);
    const groupId = groupOf(e.consumer) as string;
    if (spec.kind === 'committedOffset') return e.topic !== undefined && e.partition !== undefined ? [{ ...spec, groupId, topic: e.topic, partition: e.partition, at }] : [];
    return partitions.map((p) => ({ ...spec, groupId, topic: p.topic, partition: p.partition, at }));
  });
}

/** Specs of the same kind about other subjects of the run, in run order (the spec's own among them). */
export function variantSpecs(run: LessonRun, spec: QuizSpec): QuizSpec[] {
  switch (spec.kind) {
    case 'partitionForKey':
      return [...new Set(sends(run).filter(({ s }) => s.topic === spec.topic && s.key !== null).map(({ s }) => s.key as string))].map((key) => ({ ...spec, key }));
    case 'highWatermark':
    case 'logStartOffset':
    case 'isrChange': {
      const types = spec.kind === 'highWatermark' ? ['HighWatermarkAdvanced'] : spec.kind === 'logStartOffset' ? ['SegmentsDeleted'] : ISR_EVENTS;
      return run.events
        .filter((e) => types.includes(e.type) && e.topic !== undefined && e.partition !== undefined)
        .map((e) => ({ ...spec, topic: e.topic as string, partition: e.partition as number, at: matcherOf(run.events, e, ['topic', 'partition']) }));
    }
    case 'leaderAfterCrash':
      return crashVariants(run);
    case 'sendOutcome':
    case 'recordSurvives':
    case 'replicasAtAck':
      return sends(run).map(({ producer, s }) => ({ ...spec, producer, value: s.value }));
    case 'fencedAfter':
    case 'controllerAfterCrash':
      return run.events.filter((e) => e.type === 'BrokerCrashed' && e.broker !== undefined).map((e) => ({ ...spec, broker: e.broker as number }));
    case 'assignedConsumer':
    case 'committedOffset':
      return groupVariants(run, spec);
    case 'resumeOffset':
      return run.events
        .filter((e) => e.type === 'PositionSet' || e.type === 'PositionReset')
        .flatMap((e) => {
          const anchor = [...run.events].reverse().find((x) => x.step < e.step && /^Consumer(Crashed|Stopped|Started)$/.test(x.type));
          return anchor && e.consumer && e.topic !== undefined && e.partition !== undefined
            ? [{ ...spec, consumer: e.consumer, topic: e.topic, partition: e.partition, after: matcherOf(run.events, anchor, ['consumer']) }]
            : [];
        });
  }
}
