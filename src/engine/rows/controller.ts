// Rows of the controller: ISR changes it accepts or refuses, elections, broker registrations,
// heartbeats and sessions (controller/). What an election or a fencing changed is a clause per
// partition (LeaderElected, PartitionOffline, IsrChanged); in ZooKeeper mode a broker winning
// /controller lists the changes its failover made after it.
import type { RowText } from '../core/context';
import { tpKey } from '../core/state';
import { fmtList } from '../broker/config';
import { type ControllerSeat, noControllerReasonFor, seatName } from '../controller/zookeeper';
import type { EngineEvent, EngineEventOf } from '../rowEvents';
import type { RowRenderers } from './renderer';

type Tp = { topic: string; partition: number };
const tpOf = (e: Tp) => tpKey(e.topic, e.partition);

function controller(seat: ControllerSeat, action: string, messageState: string, output: string, routine?: boolean): RowText {
  const row: RowText = { component: seatName(seat), action, messageState, output };
  if (routine !== undefined) row.routine = routine;
  return row;
}

const HOW = { unclean: 'UNCLEAN election of', preferred: 'preferred leader' } as Record<string, string>;

/** What the controller changed, in order, from a stretch of a step's events. */
export function changeClauses(step: readonly EngineEvent[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < step.length; i++) {
    const e = step[i];
    if (e.type === 'LeaderElected') out.push(`${tpOf(e)}: ${HOW[e.detail] ?? 'elected'} broker ${e.leader} (leader epoch ${e.leaderEpoch}, ISR ${fmtList(e.isr)})`);
    else if (e.type === 'PartitionOffline') out.push(`${tpOf(e)} is offline: no ISR member is alive (ISR stays ${fmtList(e.isr)})`);
    else if (e.type === 'IsrChanged') out.push(`${tpOf(e)}: ISR ${fmtList(e.isrBefore)}→${fmtList(e.isr)}`);
    else if (e.type === 'NoControllerLeft') out.push('no live broker is left to win /controller');
    else if (e.type === 'ControllerElected') {
      // Everything after it is the new controller's failover.
      const failover = changeClauses(step.slice(i + 1));
      out.push(`broker ${e.broker} won /controller and is the controller now${failover.length > 0 ? `: ${failover.join('; ')}` : ''}`);
      return out;
    }
  }
  return out;
}

function registered(e: EngineEventOf<'BrokerRegistered'>, step: readonly EngineEvent[]): RowText {
  const marker = step.findIndex((x) => x.type === 'PreviousIncarnationRemoved');
  const removedFirst = marker >= 0 ? changeClauses(step.slice(0, marker)) : [];
  const claimed = changeClauses(marker >= 0 ? step.slice(marker + 1) : step);
  const before = removedFirst.length > 0 ? `Its previous incarnation was still registered, so it was removed first: ${removedFirst.join('; ')}. ` : '';
  const absent = e.seat.zookeeper && !e.seat.holderUp;
  return controller(
    e.seat,
    e.seat.zookeeper ? `Broker ${e.broker} created /brokers/ids/${e.broker} (broker epoch ${e.brokerEpoch})` : `Registered broker ${e.broker} with broker epoch ${e.brokerEpoch}`,
    `Broker ${e.broker} is fenced until it heartbeats`,
    `${before}${claimed.length > 0 ? `${claimed.join('; ')}; ` : ''}${absent ? `No metadata yet: ${noControllerReasonFor(e.seat.holder)}` : 'Sent it the full metadata'}`,
  );
}

function sessionExpired(e: EngineEventOf<'BrokerSessionExpired'>, step: readonly EngineEvent[]): RowText {
  const changes = changeClauses(step);
  if (!e.seat.zookeeper) {
    return controller(e.seat, `Fenced broker ${e.broker}: no heartbeat for ${e.timeoutMs} ms (broker.session.timeout.ms)`, `Broker ${e.broker} removed from every ISR`, changes.length > 0 ? changes.join('; ') : 'It led nothing and was in no ISR');
  }
  return controller(
    e.seat,
    `Broker ${e.broker}'s ZooKeeper session expired (zookeeper.session.timeout.ms, ${e.timeoutMs} ms): /brokers/ids/${e.broker}${e.heldController ? ' and /controller are' : ' is'} gone`,
    e.seen ? `Broker ${e.broker} removed from every ISR` : `Nobody acts yet: ${noControllerReasonFor(e.holderAfter)}`,
    changes.length > 0 ? changes.join('; ') : e.seen ? 'It led nothing and was in no ISR' : 'The next controller will see it',
  );
}

const forTopic = (e: { topic?: string }) => (e.topic ? ` for ${e.topic}` : '');

export const controllerRows: RowRenderers = {
  AlterPartitionRefused: (e) => controller(e.seat, `Refused broker ${e.broker}'s ISR change for ${tpOf(e)} to ${fmtList(e.newIsr)}`, 'ISR unchanged', e.error),
  AlterPartitionAccepted: (e) => controller(e.seat, `Accepted broker ${e.broker}'s ISR change for ${tpOf(e)}`, `ISR ${fmtList(e.isrBefore)}→${fmtList(e.isr)}`, `Partition epoch ${e.partitionEpoch}; metadata sent to brokers`),
  PreferredElectionSkipped: (e) => controller(e.seat, `Preferred leader election${forTopic(e)} requested (${e.why})`, 'No controller to run it', `No change: ${noControllerReasonFor(e.seat.holder)}`),
  PreferredElectionRan: (e, step) => {
    const changes = changeClauses(step);
    return controller(
      e.seat,
      `Ran preferred leader election${forTopic(e)} (${e.why})`,
      changes.length > 0 ? 'Leaders moved back to preferred replicas' : 'Every partition already has its preferred leader, or it is not in the ISR',
      changes.length > 0 ? changes.join('; ') : 'No change',
      changes.length === 0 && e.why !== 'script',
    );
  },
  LeaderImbalanceCheckSkipped: (e) => controller(e.seat, 'Leader imbalance check skipped', 'No controller', noControllerReasonFor(e.seat.holder), true),
  LeaderImbalanceChecked: (e, step) => {
    if (e.imbalanced.length === 0) return controller(e.seat, 'Checked leader imbalance', 'Balanced', 'No change', true);
    const changes = changeClauses(step);
    return controller(e.seat, 'Checked leader imbalance (auto.leader.rebalance.enable)', `Imbalanced brokers: ${e.imbalanced.join(', ')}`, changes.length > 0 ? changes.join('; ') : 'Preferred replicas not in the ISR yet', changes.length === 0);
  },
  BrokerRegistered: registered,
  StaleHeartbeatIgnored: (e) => controller(e.seat, `Ignored a heartbeat from broker ${e.broker} with stale broker epoch ${e.brokerEpoch}`, 'Stale', 'No change'),
  SessionRenewed: (e) => controller(e.seat, `Session of broker ${e.broker} renewed`, e.fenced ? `Broker ${e.broker} waits for a controller` : `Broker ${e.broker} alive`, `Renewed for ${e.timeoutMs} ms; ${noControllerReasonFor(e.seat.holder)}`, !e.fenced),
  HeartbeatReceived: (e) => {
    const missed = e.behind ? `; broker ${e.broker} missed metadata (it has offset ${e.metadataOffset} of ${e.controllerOffset}), sent it all again` : '';
    return controller(e.seat, `Heartbeat from broker ${e.broker}`, `Broker ${e.broker} alive`, `Session renewed for ${e.timeoutMs} ms${missed}`, !e.behind);
  },
  BrokerUnfenced: (e, step) => {
    const changes = changeClauses(step);
    return controller(e.seat, `Unfenced broker ${e.broker} (heartbeat accepted)`, `Broker ${e.broker} can lead and join ISRs again`, changes.length > 0 ? changes.join('; ') : 'No leader changes');
  },
  BrokerSessionExpired: sessionExpired,
};
