// AbstractStickyAssignor.ConstrainedAssignmentBuilder: the sticky algorithm when every member has
// the same subscription (rack awareness left out: the simulator has no client racks).
//   1. Each member keeps its owned partitions, sorted by partition then topic, up to minQuota, or
//      up to maxQuota while fewer than P % C members hold maxQuota (members in HashMap order).
//   2. The remaining partitions, sorted by topic then partition, are dealt round-robin over the
//      members under minQuota (sorted by id), then one each to members at minQuota until the
//      maxQuota slots run out.
import type { PartitionsPerTopic, TopicPartitionRef } from './assignment.types';
import { compareJavaStrings, partitionsOf, tpKey } from './topicPartitions';

export interface StickyOutcome {
  /** Member id → partitions, kept partitions first, in the builder's order. */
  readonly assignment: Map<string, TopicPartitionRef[]>;
  /** tpKey → new owner, for partitions taken from another live member (null: work it out later). */
  readonly transferring: Map<string, string> | null;
}

interface Quotas {
  readonly min: number;
  readonly max: number;
  readonly expectedOverMin: number;
  overMin: number;
}

const byPartitionThenTopic = (a: TopicPartitionRef, b: TopicPartitionRef) =>
  a.partition - b.partition || compareJavaStrings(a.topic, b.topic);

/** Step 1 (assignOwnedPartitions). Fills `assignment` and returns the two unfilled lists. */
function keepOwnedPartitions(
  owned: Map<string, TopicPartitionRef[]>,
  multiplyClaimed: ReadonlySet<string>,
  quotas: Quotas,
  assignment: Map<string, TopicPartitionRef[]>,
  revoked: Set<string>,
): { underMin: string[]; exactlyMin: string[] } {
  const underMin: string[] = [];
  let exactlyMin: string[] = [];
  for (const [member, list] of owned) {
    const mine = list.filter((tp) => !multiplyClaimed.has(tpKey(tp))).sort(byPartitionThenTopic);
    let keep: number;
    if (mine.length < quotas.min) {
      keep = mine.length;
      underMin.push(member);
    } else if (mine.length >= quotas.max && quotas.overMin < quotas.expectedOverMin) {
      keep = quotas.max;
      quotas.overMin++;
      // The last maxQuota slot is gone: nobody at minQuota may grow any more.
      if (quotas.overMin === quotas.expectedOverMin) exactlyMin = [];
    } else {
      keep = quotas.min;
      if (quotas.overMin < quotas.expectedOverMin) exactlyMin.push(member);
    }
    assignment.set(member, mine.slice(0, keep));
    for (const tp of mine.slice(keep)) revoked.add(tpKey(tp));
  }
  return { underMin, exactlyMin };
}

/** Step 2 (assignRoundRobin), with Java's list iterator modelled as an index into `underMin`. */
function dealRoundRobin(
  unassigned: readonly TopicPartitionRef[],
  lists: { underMin: string[]; exactlyMin: string[] },
  quotas: Quotas,
  give: (tp: TopicPartitionRef, member: string) => number,
): void {
  const { underMin, exactlyMin } = lists;
  let cursor = 0;
  for (const tp of unassigned) {
    let member: string;
    let fromUnderMin = true;
    if (cursor < underMin.length) {
      member = underMin[cursor++];
    } else if (underMin.length === 0) {
      const polled = exactlyMin.shift();
      if (polled === undefined) throw new Error('sticky: no more unfilled consumers to be assigned');
      member = polled;
      fromUnderMin = false;
    } else {
      cursor = 0;
      member = underMin[cursor++];
    }
    const count = give(tp, member);
    if (count === quotas.min && fromUnderMin) {
      underMin.splice(--cursor, 1);
      exactlyMin.push(member);
    } else if (count === quotas.max) {
      quotas.overMin++;
    }
  }
}

export function constrainedStickyAssign(
  owned: Map<string, TopicPartitionRef[]>,
  partitionsPerTopic: PartitionsPerTopic,
  multiplyClaimed: ReadonlySet<string>,
): StickyOutcome {
  const topics = Object.keys(partitionsPerTopic).sort(compareJavaStrings);
  const all = partitionsOf(topics, partitionsPerTopic);
  const members = owned.size;
  const quotas: Quotas = {
    min: Math.floor(all.length / members),
    max: Math.ceil(all.length / members),
    expectedOverMin: all.length % members,
    overMin: 0,
  };
  const assignment = new Map<string, TopicPartitionRef[]>();
  const revoked = new Set<string>();
  const transferring = new Map<string, string>();
  const lists = keepOwnedPartitions(owned, multiplyClaimed, quotas, assignment, revoked);
  const kept = new Set([...assignment.values()].flat().map(tpKey));
  lists.underMin.sort(compareJavaStrings);
  lists.exactlyMin.sort(compareJavaStrings);
  const give = (tp: TopicPartitionRef, member: string) => {
    const list = assignment.get(member)!;
    list.push(tp);
    // Kept partitions are all placed already, so this one is new to `member`; if someone else
    // held it, the cooperative protocol must revoke it there first.
    const key = tpKey(tp);
    if (revoked.has(key) || multiplyClaimed.has(key)) transferring.set(key, member);
    return list.length;
  };
  dealRoundRobin(
    all.filter((tp) => !kept.has(tpKey(tp))),
    lists,
    quotas,
    give,
  );
  verifyQuotas(assignment, quotas);
  return { assignment, transferring };
}

/** verifyUnfilledMembers, strengthened: every member ends between minQuota and maxQuota. */
function verifyQuotas(assignment: Map<string, TopicPartitionRef[]>, quotas: Quotas): void {
  for (const [member, list] of assignment) {
    if (list.length < quotas.min || list.length > quotas.max) {
      throw new Error(`sticky: ${member} got ${list.length} partitions, outside ${quotas.min}..${quotas.max}`);
    }
  }
}
