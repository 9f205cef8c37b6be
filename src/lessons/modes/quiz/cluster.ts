// Questions about the cluster's reaction to a failure: who leads next, what the ISR becomes, and
// how long the controller takes to notice a dead broker.
import type { PartitionView, SimEvent } from '../../../engine/view.types';
import type { EventMatcher } from '../../types';
import type { LessonRun } from '../lessonRun';
import { findEvent } from '../resolveEvent';
import { firstAfter, lettered, onPartition, partitionOf, secondsWords, setWords, textOptions, tpName } from './options';
import type { Draft } from './types';

function electionReason(e: SimEvent, before: PartitionView, crashed: number, unclean: boolean): string {
  const order = `[${before.replicas.join(',')}]`;
  const tp = tpName(before.topic, before.partition);
  if (e.type === 'PartitionOffline') {
    const why = unclean ? 'and no other replica is alive to take over, not even an out-of-sync one' : 'and unclean leader election is off';
    return `Broker ${crashed} was the last in-sync replica ${why}, so ${tp} has no leader until a replica returns.`;
  }
  if (e.detail === 'unclean') {
    return `No in-sync replica was alive. unclean.leader.election.enable=true lets the controller pick the first live replica in ${order}, broker ${e.broker}, even though it may lack acknowledged records.`;
  }
  const survivors = before.isr.filter((b) => b !== crashed);
  return `Broker ${crashed} is fenced and leaves the ISR. The controller picks the first replica in assignment order ${order} that is alive and in the ISR ${setWords(survivors)}: broker ${e.broker}.`;
}

export function leaderAfterCrash(run: LessonRun, topic: string, partition: number, broker: number, nextLeader = false): Draft | null {
  const crash = findEvent(run.events, { type: 'BrokerCrashed', broker });
  if (!crash) return null;
  const kinds = nextLeader ? ['LeaderElected'] : ['LeaderElected', 'PartitionOffline'];
  const e = firstAfter(run.events, crash.step, (x) => kinds.includes(x.type) && onPartition(x, topic, partition));
  const before = e ? partitionOf(run.viewAt(e.step - 1), topic, partition) : undefined;
  const atCrash = partitionOf(run.viewAt(crash.step - 1), topic, partition);
  // Only about the partition this broker led, and only until the next crash changes the story.
  const nextCrash = firstAfter(run.events, crash.step, (x) => x.type === 'BrokerCrashed');
  const leaderCrashed = atCrash?.leader === broker || (nextLeader && atCrash?.leader === null);
  if (!e || !before || !atCrash || !leaderCrashed || (!nextLeader && nextCrash !== null && nextCrash.step < e.step)) return null;
  const tp = tpName(topic, partition);
  const offline = `No broker: ${tp} goes offline`;
  const correct = e.type === 'PartitionOffline' ? offline : `Broker ${e.broker}`;
  const unclean = run.scenario.cluster.config.uncleanLeaderElectionEnable;
  const down = (b: number) => run.viewAt(e.step - 1).brokers.find((x) => x.id === b)?.status === 'down';
  const why = (label: string) => {
    if (label === correct) return electionReason(e, before, broker, unclean);
    if (label === offline) return `A live replica could take over (broker ${e.broker}), so ${tp} stays online.`;
    const b = Number(label.replace('Broker ', ''));
    if (b === broker || down(b)) return `Broker ${b} is down when the controller elects: a dead broker cannot lead.`;
    if (!before.isr.includes(b) && !unclean) return `Broker ${b} is not in the ISR ${setWords(before.isr)}, and unclean election is off.`;
    return `Broker ${b} could lead, but the controller takes the first eligible replica in assignment order [${before.replicas.join(',')}].`;
  };
  const labels = [...before.replicas.map((b) => `Broker ${b}`), offline];
  const { options, answerId } = lettered(labels.length > 4 ? [correct, ...labels.filter((l) => l !== correct).slice(0, 3)] : labels, correct, why);
  const setting = `${tp} has replicas [${atCrash.replicas.join(',')}], leader broker ${atCrash.leader ?? 'none'}, ISR ${setWords(atCrash.isr)}${unclean ? '; unclean.leader.election.enable=true' : ''}.`;
  return {
    prompt: `${setting} Broker ${broker} crashes. Which broker ${nextLeader ? 'is the next leader of' : 'leads'} ${tp} ${nextLeader ? 'once one is elected' : 'after the controller reacts'}?`,
    options,
    answerId,
    reason: electionReason(e, before, broker, unclean),
    hint: 'The controller elects leaders: the first replica in assignment order that is alive and in sync (any live replica only with unclean election on).',
    decidingStep: e.step,
  };
}

/** zookeeper.session.timeout.ms, Kafka's default (the engine's ZooKeeper mode times sessions with it). */
const ZK_SESSION_S = 18;

const ISR_EVENTS = ['IsrShrunk', 'IsrExpanded', 'IsrChanged'];

/** The ISR of a partition at its next change after a moment (by default its first change). */
export function isrChange(run: LessonRun, topic: string, partition: number, at?: EventMatcher): Draft | null {
  const e = at ? findEvent(run.events, at) : run.events.find((x) => ISR_EVENTS.includes(x.type) && onPartition(x, topic, partition));
  const before = e ? partitionOf(run.viewAt(e.step - 1), topic, partition) : undefined;
  const after = e ? partitionOf(run.viewAt(e.step), topic, partition) : undefined;
  if (!e || !before || !after || setWords(before.isr) === setWords(after.isr)) return null;
  const tp = tpName(topic, partition);
  const correct = setWords(after.isr);
  const view = run.viewAt(e.step - 1);
  const downs = view.brokers.filter((b) => b.status === 'down' && before.replicas.includes(b.id)).map((b) => b.id);
  const candidates = [before.isr, after.isr, before.replicas, before.isr.filter((b) => b !== before.leader).length ? [before.leader ?? before.replicas[0]] : before.replicas.slice(0, 1)];
  const shrinks = after.isr.length < before.isr.length;
  const why = (label: string) => {
    if (label === correct)
      return shrinks
        ? `A follower that has not caught up for replica.lag.time.max.ms leaves the ISR: it becomes ${correct}.`
        : `A follower that has caught up to the high watermark rejoins the ISR: it becomes ${correct}.`;
    if (label === setWords(before.isr)) return `That is the ISR before the change; the ${shrinks ? 'lagging follower is removed' : 'returning follower is added'}.`;
    if (label === setWords(before.replicas)) return 'The ISR is the caught-up replicas, not every assigned replica.';
    return `The leader always stays in its own ISR, and only the ${shrinks ? 'lagging' : 'caught-up'} follower changes.`;
  };
  const { options, answerId } = textOptions(correct, candidates.map(setWords), why);
  const state = downs.length ? `broker ${downs.join(', ')} ${downs.length === 1 ? 'is' : 'are'} down` : 'every broker is up';
  return {
    prompt: `${tp} has replicas [${before.replicas.join(',')}] and ISR ${setWords(before.isr)}; ${state}. What is the ISR of ${tp} after its next change?`,
    options,
    answerId,
    reason: `${why(correct)} The leader asks the controller to record the change (AlterPartition).`,
    hint: 'The ISR holds the leader and the followers that have caught up within replica.lag.time.max.ms.',
    decidingStep: e.step,
  };
}

/** How long a dead broker goes unnoticed: KRaft waits for heartbeats, ZooKeeper for a session. */
export function fencedAfter(run: LessonRun, broker: number): Draft | null {
  const crash = findEvent(run.events, { type: 'BrokerCrashed', broker });
  const fenced = crash ? firstAfter(run.events, crash.step, (x) => x.type === 'BrokerFenced' && x.broker === broker) : null;
  if (!crash || !fenced) return null;
  const delayMs = fenced.timeMs - crash.timeMs;
  const zk = run.scenario.cluster.metadata === 'zookeeper';
  const kraftS = Math.round(run.scenario.cluster.config.brokerSessionTimeoutMs / 1000);
  const label = (s: number) => (s === 0 ? 'At once' : `About ${s} s`);
  // The answer is the bucket nearest the delay the run shows (heartbeats come every few seconds).
  const buckets = [0, kraftS, ZK_SESSION_S, 30];
  const nearest = buckets.reduce((best, s) => (Math.abs(s * 1000 - delayMs) < Math.abs(best * 1000 - delayMs) ? s : best));
  const correct = label(nearest);
  const why = (l: string) => {
    if (l === correct)
      return zk
        ? `In ZooKeeper mode the controller learns of the death when the broker's ZooKeeper session expires (zookeeper.session.timeout.ms) and /brokers/ids/${broker} disappears.`
        : 'In KRaft mode the active controller fences a broker after broker.session.timeout.ms without a heartbeat.';
    if (l === 'At once') return 'A crashed broker says nothing: the controller can only notice the silence once a timeout runs out.';
    if (l === label(kraftS)) return `${kraftS} s is KRaft's broker.session.timeout.ms; in ZooKeeper mode it is the ZooKeeper session that must expire.`;
    if (l === label(ZK_SESSION_S)) return `${ZK_SESSION_S} s is ZooKeeper's zookeeper.session.timeout.ms; in KRaft mode heartbeats to the controller decide.`;
    return 'No timeout in this cluster is that long.';
  };
  const { options, answerId } = textOptions(correct, buckets.map(label), why);
  return {
    prompt: `${zk ? 'ZooKeeper' : 'KRaft'} mode: broker ${broker} crashes at ${secondsWords(crash.timeMs)}. Roughly how long until the controller declares it dead and moves its partitions?`,
    options,
    answerId,
    reason: `Broker ${broker} is fenced at ${secondsWords(fenced.timeMs)}, ${secondsWords(delayMs)} after the crash (its last heartbeat or session ping came a little before the crash). ${why(correct)}`,
    hint: zk ? 'In ZooKeeper mode, liveness is a ZooKeeper session.' : 'In KRaft mode, liveness is a heartbeat to the active controller.',
    decidingStep: fenced.step,
  };
}

const QUORUM = 'The KRaft quorum, as before';

/** Who is the controller once a crashed broker has been noticed: ZooKeeper moves it, KRaft does not. */
export function controllerAfterCrash(run: LessonRun, broker: number): Draft | null {
  const crash = findEvent(run.events, { type: 'BrokerCrashed', broker });
  const fenced = crash ? firstAfter(run.events, crash.step, (x) => x.type === 'BrokerFenced' && x.broker === broker) : null;
  if (!crash || !fenced) return null;
  const zk = run.scenario.cluster.metadata === 'zookeeper';
  const before = run.viewAt(crash.step - 1).controller.activeBroker;
  const after = run.viewAt(fenced.step).controller.activeBroker;
  const correct = zk ? (after === null ? 'No controller' : `Broker ${after}`) : QUORUM;
  const brokers = run.finalView.brokers.map((b) => `Broker ${b.id}`);
  const why = (l: string) => {
    if (l === correct)
      return zk
        ? before === broker
          ? `Broker ${broker} held /controller. When its session expired ZooKeeper deleted the node, and broker ${after} created it first: broker ${after} is the controller.`
          : `Broker ${before} keeps /controller: only the crashed broker's session expired.`
        : 'In KRaft mode the controllers are a quorum of their own; a broker crashing never moves the controller.';
    if (l === QUORUM) return 'In ZooKeeper mode there is no controller quorum: one broker holds /controller.';
    if (l === `Broker ${broker}`) return `Broker ${broker} is down${zk ? ' and its session has expired, taking /controller with it' : ''}.`;
    return zk ? `Broker ${after} created /controller first.` : 'In KRaft mode brokers never act as the controller.';
  };
  const { options, answerId } = textOptions(correct, [...brokers.slice(0, 3), QUORUM], why);
  const holder = zk ? (before === null ? 'no broker holds /controller' : `broker ${before} holds /controller`) : 'a KRaft controller quorum keeps the metadata';
  return {
    prompt: `${zk ? 'ZooKeeper' : 'KRaft'} mode, ${holder}. Broker ${broker} crashes. Once the cluster has noticed, which node is the controller?`,
    options,
    answerId,
    reason: why(correct),
    hint: zk ? 'In ZooKeeper mode the controller is whichever broker holds the ephemeral node /controller.' : 'In KRaft mode the controller is not a broker.',
    decidingStep: fenced.step,
  };
}
