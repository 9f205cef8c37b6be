// "Concept snapshot": a handful of bullets. A lesson writes its own; a teacher's scenario gets
// bullets describing its set-up and what its run showed.
import type { AnomalyView, ClusterView } from '../../engine/view.types';
import type { Scenario } from '../../scenario/types';
import type { Lesson } from '../types';

const ANOMALY_WORDS: Record<AnomalyView['kind'], string> = {
  'lost-write': 'an acknowledged record was lost',
  duplicate: 'one send was stored twice',
  'inconsistent-offsets': 'one offset held two different records over time',
  reordered: 'records of one key were stored out of send order',
  'poll-skip': 'a consumer skipped over records',
  'nonmonotonic-poll': 'a consumer read offsets going backwards',
};

export function conceptSnapshot(lesson: Pick<Lesson, 'concept'>): string[] {
  return [...lesson.concept];
}

/** Bullets for any scenario; pass the final view to add what the run showed. */
export function genericConcept(scenario: Scenario, finalView?: ClusterView): string[] {
  const c = scenario.cluster;
  const bullets = [
    `${c.brokers} broker${c.brokers === 1 ? '' : 's'}; the controller runs ${c.metadata === 'kraft' ? 'in KRaft mode (a Raft quorum owns the metadata)' : 'with ZooKeeper (one broker is the controller)'}.`,
  ];
  for (const t of scenario.topics) {
    bullets.push(`Topic ${t.name}: ${t.partitions} partition${t.partitions === 1 ? '' : 's'}, each stored on ${t.replicationFactor} broker${t.replicationFactor === 1 ? '' : 's'}; min.insync.replicas=${t.config.minInsyncReplicas}.`);
  }
  for (const p of scenario.producers) {
    bullets.push(`Producer ${p.id} sends with acks=${p.config.acks}${p.config.enableIdempotence ? ', idempotent' : ', not idempotent'}.`);
  }
  const groups = new Map<string, string[]>();
  for (const k of scenario.consumers) groups.set(k.groupId, [...(groups.get(k.groupId) ?? []), k.id]);
  for (const [g, members] of groups) {
    bullets.push(`Group ${g}: ${members.join(', ')} ${members.length === 1 ? 'reads every partition' : 'share the partitions, one owner each'}.`);
  }
  if (finalView) {
    const kinds = [...new Set(finalView.anomalies.map((a) => a.kind))];
    bullets.push(kinds.length ? `This run broke a guarantee: ${kinds.map((k) => ANOMALY_WORDS[k]).join('; ')}.` : 'This run kept every guarantee: no lost, duplicated or reordered records.');
  }
  return bullets;
}
