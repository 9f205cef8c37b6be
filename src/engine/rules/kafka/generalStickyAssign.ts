// AbstractStickyAssignor.GeneralAssignmentBuilder: the sticky algorithm when members subscribe to
// different topics (rack awareness left out: the simulator has no client racks).
//   1. Keep every owned partition whose topic the owner still subscribes to.
//   2. Give each unassigned partition (topics with the fewest potential members first) to the
//      member with the fewest partitions that can take it (ties: member id).
//   3. Move partitions from members with ≥ 2 more than another candidate until balanced,
//      preferring to hand a partition back to its previous-generation owner; keep the result
//      only if it is more balanced than before (unless this is a fresh assignment).
import { DEFAULT_GENERATION } from './collectOwnedPartitions';
import type { MemberSubscription, PartitionsPerTopic, TopicPartitionRef } from './assignment.types';
import { PartitionMovements } from './partitionMovements';
import { compareJavaStrings, partitionsOf, tpKey } from './topicPartitions';

type Owners = Map<string, { consumer: string; generation: number }>;

class GeneralAssignment {
  readonly potentialConsumers = new Map<string, string[]>();
  readonly potentialTopics = new Map<string, string[]>();
  current = new Map<string, TopicPartitionRef[]>();
  owner = new Map<string, string>();
  readonly fixed = new Map<string, TopicPartitionRef[]>();
  readonly movements = new PartitionMovements();
  readonly sortedAllPartitions: TopicPartitionRef[];
  revocationRequired = false;

  constructor(
    readonly members: readonly MemberSubscription[],
    owned: Map<string, TopicPartitionRef[]>,
    readonly partitionsPerTopic: PartitionsPerTopic,
  ) {
    for (const topic of Object.keys(partitionsPerTopic)) this.potentialConsumers.set(topic, []);
    for (const m of members) {
      const topics = [...new Set(m.topics)].filter((t) => this.potentialConsumers.has(t));
      this.potentialTopics.set(m.memberId, topics);
      for (const t of topics) this.potentialConsumers.get(t)!.push(m.memberId);
      this.current.set(m.memberId, [...(owned.get(m.memberId) ?? [])]);
    }
    for (const [consumer, list] of this.current) for (const tp of list) this.owner.set(tpKey(tp), consumer);
    // TopicComparator: topics with fewer potential members first, then by name.
    const topics = [...this.potentialConsumers.keys()].sort(
      (a, b) =>
        this.potentialConsumers.get(a)!.length - this.potentialConsumers.get(b)!.length ||
        compareJavaStrings(a, b),
    );
    this.sortedAllPartitions = partitionsOf(topics, partitionsPerTopic);
  }

  size(consumer: string): number {
    return (this.current.get(consumer) ?? this.fixed.get(consumer) ?? []).length;
  }

  /** sortedCurrentSubscriptions (SubscriptionComparator): fewest partitions first, then member id. */
  sortedConsumers(): string[] {
    return [...this.current.keys()].sort((a, b) => this.size(a) - this.size(b) || compareJavaStrings(a, b));
  }

  takes(consumer: string, topic: string): boolean {
    return this.potentialTopics.get(consumer)?.includes(topic) ?? false;
  }

  maxAssignmentSize(consumer: string): number {
    return this.potentialTopics.get(consumer)!.reduce((n, t) => n + this.partitionsPerTopic[t], 0);
  }

  /** assignOwnedPartitions: drop owned partitions of topics the owner left; return the kept ones. */
  keepOwnedPartitions(): Set<string> {
    const kept = new Set<string>();
    for (const m of this.members) {
      const list = this.current.get(m.memberId)!;
      const stay = list.filter((tp) => {
        if (m.topics.includes(tp.topic)) return true;
        this.revocationRequired = true;
        this.owner.delete(tpKey(tp));
        return false;
      });
      for (const tp of stay) kept.add(tpKey(tp));
      this.current.set(m.memberId, stay);
    }
    return kept;
  }

  canConsumerParticipate(consumer: string): boolean {
    const list = this.current.get(consumer)!;
    if (list.length < this.maxAssignmentSize(consumer)) return true;
    return list.some((tp) => this.potentialConsumers.get(tp.topic)!.length >= 2);
  }

  isBalanced(): boolean {
    const sorted = this.sortedConsumers();
    if (sorted.length === 0) return true;
    if (this.size(sorted[0]) >= this.size(sorted[sorted.length - 1]) - 1) return true;
    const ownerNow = new Map<string, string>();
    for (const [consumer, list] of this.current) for (const tp of list) ownerNow.set(tpKey(tp), consumer);
    for (const consumer of sorted) {
      const count = this.size(consumer);
      if (count === this.maxAssignmentSize(consumer)) continue;
      const mine = new Set(this.current.get(consumer)!.map(tpKey));
      for (const tp of partitionsOf(this.potentialTopics.get(consumer)!, this.partitionsPerTopic)) {
        const other = ownerNow.get(tpKey(tp));
        if (!mine.has(tpKey(tp)) && other !== undefined && count + 1 < this.size(other)) return false;
      }
    }
    return true;
  }

  /** maybeAssignPartition: the least-loaded member subscribed to the topic. */
  assignToLeastLoaded(tp: TopicPartitionRef): void {
    const consumer = this.sortedConsumers().find((c) => this.takes(c, tp.topic));
    if (consumer === undefined) return;
    this.current.get(consumer)!.push(tp);
    this.owner.set(tpKey(tp), consumer);
  }

  /** reassignPartition + processPartitionMovement. */
  reassign(tp: TopicPartitionRef, newConsumer: string): void {
    const toMove = this.movements.actualPartitionToMove(tp, this.owner.get(tpKey(tp))!, newConsumer);
    const oldConsumer = this.owner.get(tpKey(toMove))!;
    this.movements.movePartition(toMove, oldConsumer, newConsumer);
    const key = tpKey(toMove);
    this.current.set(oldConsumer, this.current.get(oldConsumer)!.filter((p) => tpKey(p) !== key));
    this.current.get(newConsumer)!.push(toMove);
    this.owner.set(key, newConsumer);
  }

  /** One pass of performReassignments' do-while; true if something moved. */
  reassignPass(partitions: readonly TopicPartitionRef[], previous: Owners): boolean {
    let modified = false;
    for (const tp of partitions) {
      if (this.isBalanced()) break;
      const consumer = this.owner.get(tpKey(tp))!;
      const prev = previous.get(tpKey(tp));
      // Kafka does not check that the previous owner still subscribes to the topic (nor that it
      // is still movable); the simulator does, so nobody is handed a topic it did not ask for.
      const prevCanTake = prev && this.current.has(prev.consumer) && this.takes(prev.consumer, tp.topic);
      if (prev && prevCanTake && this.size(consumer) > this.size(prev.consumer) + 1) {
        this.reassign(tp, prev.consumer);
        modified = true;
        continue;
      }
      const others = this.potentialConsumers.get(tp.topic)!;
      if (others.some((other) => this.size(consumer) > this.size(other) + 1)) {
        const target = this.sortedConsumers().find((c) => this.takes(c, tp.topic))!;
        this.reassign(tp, target);
        modified = true;
      }
    }
    return modified;
  }

  performReassignments(partitions: readonly TopicPartitionRef[], previous: Owners): boolean {
    // Kafka loops until nothing moves; the bound only guards the simulator against a livelock.
    const bound = (this.sortedAllPartitions.length + 1) * (this.members.length + 1) * 4;
    let performed = false;
    for (let round = 0; this.reassignPass(partitions, previous); round++) {
      performed = true;
      if (round > bound) throw new Error('sticky: reassignment did not converge');
    }
    return performed;
  }
}

/** prepopulateCurrentAssignments: the latest owner of each partition from an older generation. */
function previousOwners(members: readonly MemberSubscription[], maxGeneration: number): Owners {
  const previous: Owners = new Map();
  for (const m of members) {
    // Members of the newest generation are the current owners, not previous ones.
    const older = m.generation !== undefined && m.generation < maxGeneration;
    const unknown = m.generation === undefined && maxGeneration > DEFAULT_GENERATION;
    if (!older && !unknown) continue;
    const generation = m.generation ?? DEFAULT_GENERATION;
    for (const tp of m.ownedPartitions) {
      const seen = previous.get(tpKey(tp));
      if (!seen || generation > seen.generation) {
        previous.set(tpKey(tp), { consumer: m.memberId, generation });
      }
    }
  }
  return previous;
}

/** getBalanceScore: Σ |size(a) − size(b)| over all pairs of members. */
function balanceScore(assignment: Map<string, TopicPartitionRef[]>): number {
  const sizes = [...assignment.values()].map((l) => l.length);
  let score = 0;
  for (let i = 0; i < sizes.length; i++) {
    for (let j = i + 1; j < sizes.length; j++) score += Math.abs(sizes[i] - sizes[j]);
  }
  return score;
}

/** `members` in HashMap order; `owned` as settled by collectOwnedPartitions. */
export function generalStickyAssign(
  members: readonly MemberSubscription[],
  owned: Map<string, TopicPartitionRef[]>,
  partitionsPerTopic: PartitionsPerTopic,
  maxGeneration: number,
): Map<string, TopicPartitionRef[]> {
  const g = new GeneralAssignment(members, owned, partitionsPerTopic);
  const previous = previousOwners(members, maxGeneration);
  const kept = g.keepOwnedPartitions();
  const unassigned = g.sortedAllPartitions.filter((tp) => !kept.has(tpKey(tp)));
  const sorted = g.sortedConsumers();
  const initializing = sorted.length === 0 || g.size(sorted[sorted.length - 1]) === 0;
  for (const tp of unassigned) g.assignToLeastLoaded(tp);
  // Partitions of single-member topics and members that cannot change are set aside.
  const movable = (tp: TopicPartitionRef) => g.potentialConsumers.get(tp.topic)!.length >= 2;
  for (const m of members) {
    if (!g.canConsumerParticipate(m.memberId)) {
      g.fixed.set(m.memberId, g.current.get(m.memberId)!);
      g.current.delete(m.memberId);
    }
  }
  const before = new Map([...g.current].map(([c, l]) => [c, [...l]]));
  const ownerBefore = new Map(g.owner);
  if (!g.revocationRequired) g.performReassignments(unassigned.filter(movable), previous);
  const performed = g.performReassignments(g.sortedAllPartitions.filter(movable), previous);
  if (!initializing && performed && balanceScore(g.current) >= balanceScore(before)) {
    g.current = before;
    g.owner = ownerBefore;
  }
  for (const [consumer, list] of g.fixed) g.current.set(consumer, list);
  return g.current;
}
