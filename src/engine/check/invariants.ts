// The engine's own rules, checked after steps in tests and dev builds. A violation is a bug in the
// engine, never a lesson: the list must stay empty.
import type { ReplicaState, SimState } from '../core/state';
import { logEndOffset, recordAt } from '../broker/replicaLog';

/** How many records below the HW are compared across the ISR per check (a bound on the cost). */
const AGREEMENT_WINDOW = 64;

/**
 * What the last check of a leader and an ISR member compared. A log's record array is replaced
 * whenever records below its end change (truncation, retention, a rewound append: SharedLog), so
 * while both arrays and log starts are the same, offsets below `upTo` still agree and only the new
 * ones need comparing. Kept per live state: a seek restores another state object and starts afresh.
 */
interface Agreement {
  leaderRecords: unknown;
  memberRecords: unknown;
  leaderStart: number;
  memberStart: number;
  upTo: number;
}
const agreements = new WeakMap<SimState, Map<string, Map<number, Agreement>>>();

export function checkInvariants(state: SimState): string[] {
  const out: string[] = [];
  // Runs after every step: messages are built only for a violation.
  for (const broker of state.brokers) {
    for (const tp in broker.replicas) {
      const r = broker.replicas[tp];
      if (!epochsIncrease(r.epochCache)) out.push(`${tp} on broker ${broker.id}: leader-epoch cache ${JSON.stringify(r.epochCache)} is not increasing`);
      const leo = logEndOffset(r);
      if (!(r.logStartOffset <= r.highWatermark && r.highWatermark <= leo)) {
        out.push(`${tp} on broker ${broker.id}: expected log start ${r.logStartOffset} ≤ HW ${r.highWatermark} ≤ LEO ${leo}`);
      }
    }
  }
  for (const tp in state.controller.partitions) {
    const meta = state.controller.partitions[tp];
    if (meta.isr.length === 0) out.push(`${tp}: the ISR is empty`);
    if (!meta.isr.every((id) => meta.replicas.includes(id))) out.push(`${tp}: ISR ${meta.isr} is not within replicas ${meta.replicas}`);
    if (meta.leader === null) continue;
    if (!meta.isr.includes(meta.leader)) out.push(`${tp}: leader ${meta.leader} is not in ISR ${meta.isr}`);
    const reg = state.controller.brokers[meta.leader];
    if (!reg?.registered || reg.fenced) out.push(`${tp}: leader ${meta.leader} is fenced or unregistered`);
    const leader = state.brokers[meta.leader - 1].replicas[tp];
    if (leader?.role !== 'leader' || leader.leaderEpoch !== meta.leaderEpoch) continue;
    for (const id of meta.isr) {
      const other = state.brokers[id - 1].replicas[tp];
      if (!other || id === meta.leader || !state.brokers[id - 1].up) continue;
      const o = firstDisagreement(state, tp, id, leader, other);
      if (o !== null) out.push(`${tp}: offset ${o} differs between leader ${meta.leader} and ISR member ${id} below the HW`);
    }
  }
  return out;
}

function epochsIncrease(cache: readonly (readonly [number, number])[]): boolean {
  for (let i = 1; i < cache.length; i++) if (cache[i][0] <= cache[i - 1][0] || cache[i][1] < cache[i - 1][1]) return false;
  return true;
}

/** The first offset below the HW where the two replicas hold different records, or null. */
function firstDisagreement(state: SimState, tp: string, memberId: number, leader: ReplicaState, member: ReplicaState): number | null {
  let byTp = agreements.get(state);
  if (!byTp) agreements.set(state, (byTp = new Map()));
  let checked = byTp.get(tp);
  if (!checked) byTp.set(tp, (checked = new Map()));
  const pair = memberId;
  const upTo = Math.min(leader.highWatermark, logEndOffset(member));
  let from = Math.max(leader.logStartOffset, member.logStartOffset, upTo - AGREEMENT_WINDOW);
  const last = checked.get(pair);
  if (last && last.leaderRecords === leader.log.items && last.memberRecords === member.log.items
      && last.leaderStart === leader.logStartOffset && last.memberStart === member.logStartOffset) {
    from = Math.max(from, last.upTo);
  }
  checked.set(pair, { leaderRecords: leader.log.items, memberRecords: member.log.items, leaderStart: leader.logStartOffset, memberStart: member.logStartOffset, upTo });
  for (let o = from; o < upTo; o++) if (recordAt(leader, o)?.sendRef !== recordAt(member, o)?.sendRef) return o;
  return null;
}
