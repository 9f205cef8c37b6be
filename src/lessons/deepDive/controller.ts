// Deep dives of the two controller lessons: the same failure, noticed by ZooKeeper sessions or by
// KRaft heartbeats.
import type { DeepDive, MythBuster } from './types';

const preferredMyth: MythBuster = {
  claim: 'Does broker 1 lead orders-0 again as soon as it comes back?',
  truth: false,
  reality: 'No. It returns as a follower and catches up; leadership moves back only with a preferred leader election.',
  event: { type: 'BrokerUnfenced', broker: 1 },
};

const shared = {
  pitfalls: [
    { mistake: 'Expecting failover within a second.', fix: 'Failure detection waits for a timeout: tune it, and let clients retry through it.' },
    { mistake: 'Leaving leadership piled on one broker after a restart.', fix: 'Keep auto.leader.rebalance.enable on, or run a preferred election.' },
  ],
};

export const controllerZookeeper: DeepDive = {
  overview: 'Before Kafka 4.0, ZooKeeper held the cluster metadata. Each broker kept a session and an ephemeral node /brokers/ids/<id>; the broker that created /controller was the controller.',
  whyItMatters: "Failover speed and correctness depend on how a dead broker is noticed: in ZooKeeper mode, only when its session expires — and if it held /controller, the cluster has no controller until then.",
  mentalModel: {
    coreIdea: 'Liveness is a ZooKeeper session; the controller is whichever broker holds /controller.',
    analogy: 'A lighthouse keeper who must ring in every few seconds: the harbour master only sends a replacement once the calls have stopped for the whole grace period.',
  },
  buildUp: [
    { question: 'Before reading on: broker 1 crashes. When does the cluster notice? Commit to your answer.', answer: 'When its ZooKeeper session expires, zookeeper.session.timeout.ms (18 s) after its last ping.', event: { type: 'ControllerElected' } },
    { question: 'Before reading on: broker 1 was the controller. Who is now? Commit to your answer.', answer: 'Whichever broker creates /controller first once the old node is gone: broker 2.', event: { type: 'ControllerElected' } },
  ],
  underTheHood: 'The controller watched /brokers/ids; when a node disappeared it picked new leaders, wrote leader and ISR to ZooKeeper, and sent LeaderAndIsr and UpdateMetadata requests to the brokers.',
  myths: [
    { claim: 'Does the cluster notice a crashed broker at once?', truth: false, reality: 'No. Nothing happens until its ZooKeeper session expires, about 18 s later; the producer retries a dead leader meanwhile.', event: { type: 'ControllerElected' } },
    { claim: 'Is the ZooKeeper-mode controller a separate server?', truth: false, reality: 'No. It is one of the brokers: when broker 1 dies, broker 2 takes over the role.', event: { type: 'ControllerElected' } },
    preferredMyth,
  ],
  ...shared,
  takeaways: ['ZooKeeper notices death by session expiry (18 s by default).', 'One broker holds /controller; the role moves when it dies.', 'Kafka 4.0 removed ZooKeeper for KRaft.'],
};

export const controllerKraft: DeepDive = {
  overview: 'In KRaft mode a quorum of controllers keeps the metadata in a Raft log (__cluster_metadata). Brokers register, heartbeat, and replay the log.',
  whyItMatters: 'Metadata changes become records in a log: faster failover (a 9 s heartbeat deadline), no second system to run, and brokers that catch up by reading, not by being told.',
  mentalModel: {
    coreIdea: 'The active controller is the Raft leader of the controller quorum; a broker is fenced when its heartbeats stop.',
    analogy: 'A club secretary keeping minutes: members check in regularly; one who stops checking in is struck off, and everyone reads the minutes to learn it.',
  },
  buildUp: [
    { question: 'Before reading on: broker 1 crashes. When does the controller act? Commit to your answer.', answer: 'After broker.session.timeout.ms (9 s) without a heartbeat.', event: { type: 'BrokerFenced', broker: 1 } },
    { question: 'Before reading on: does the crash move the controller? Commit to your answer.', answer: 'No: the controllers are a quorum of their own, and the active one fences broker 1.', event: { type: 'BrokerFenced', broker: 1 } },
  ],
  underTheHood: 'Fencing and the new leader are one metadata record batch; brokers fetch the metadata log and apply it. A restarted broker registers with a new broker epoch and is unfenced at its first heartbeat.',
  myths: [
    { claim: 'Does the controller notice a crashed broker at once?', truth: false, reality: 'No. It waits for broker.session.timeout.ms (9 s) of silence, then fences it.', event: { type: 'BrokerFenced', broker: 1 } },
    { claim: 'Does a broker crash move the KRaft controller?', truth: false, reality: 'No. The active controller is not a broker here: it is the one fencing broker 1.', event: { type: 'BrokerFenced', broker: 1 } },
    preferredMyth,
  ],
  ...shared,
  takeaways: ['KRaft notices death by missing heartbeats (9 s by default).', 'Metadata is a log; brokers replay it.', 'The controller quorum is separate from broker failures.'],
};
