// Deep dives of the lessons about replication and failure: acks and the ISR, a broken broker,
// unclean leader election.
import type { DeepDive } from './types';

export const replicationAndAcks: DeepDive = {
  overview: 'Each partition is copied to several brokers. Followers pull from the leader; the high watermark marks what every in-sync replica has; acks decides when the producer hears back.',
  whyItMatters: 'Replication is what lets a partition survive a broker. Which records survive, and when a producer may call a record safe, follows from the ISR, the high watermark and acks.',
  mentalModel: {
    coreIdea: 'A record is committed once every in-sync replica has it; acks=all waits for that, acks=1 does not.',
    analogy: 'A notary signing a document and sending copies to two clerks: acks=1 gives you the receipt when the notary signs, acks=all when both clerks have filed their copies.',
  },
  buildUp: [
    { question: "Before reading on: after the leader appends 'a0', can a consumer read it? Commit to your answer.", answer: 'Not yet: consumers only see records below the high watermark, which waits for the followers.', event: { type: 'HighWatermarkAdvanced', topic: 'orders', partition: 0 } },
    { question: 'Before reading on: a follower crashes. Does acks=all wait forever? Commit to your answer.', answer: 'No: after replica.lag.time.max.ms the leader drops it from the ISR and the high watermark moves on.', event: { type: 'IsrShrunk', topic: 'orders', partition: 0 } },
  ],
  underTheHood: "A follower's fetch carries its log end offset; the leader moves the high watermark to the smallest LEO in the ISR and returns it with the next fetch. A follower that has not caught up for replica.lag.time.max.ms leaves the ISR (AlterPartition to the controller) and rejoins once it reaches the high watermark.",
  myths: [
    { claim: 'Does acks=1 wait for the followers to copy the record?', truth: false, reality: "No. The leader answers right after its own append: 'a1' is acknowledged while it exists on one broker.", event: { type: 'ProduceAcked', producer: 'leader-only' } },
    { claim: 'Can a consumer read a record as soon as the leader has appended it?', truth: false, reality: 'No. It waits for the high watermark, which moves once the in-sync followers have the record.', event: { type: 'HighWatermarkAdvanced', topic: 'orders', partition: 0 } },
    { claim: 'Does a dead follower block acks=all producers for good?', truth: false, reality: 'No. The leader removes it from the ISR after replica.lag.time.max.ms; the high watermark then moves and the waiting send is acknowledged.', event: { type: 'IsrShrunk', topic: 'orders', partition: 0 } },
  ],
  pitfalls: [
    { mistake: 'acks=1 for data you cannot lose.', fix: 'Use acks=all with min.insync.replicas of at least 2.' },
    { mistake: 'min.insync.replicas equal to the replication factor.', fix: 'Leave room for one broker down, or writes stop when one fails.' },
  ],
  takeaways: ['HW = the smallest LEO in the ISR; consumers read below it.', 'acks=1 answers after the leader; acks=all after the ISR.', 'The ISR shrinks and grows with the followers.'],
};

export const breakABroker: DeepDive = {
  overview: 'When a leader fails, the controller fences it and elects another in-sync replica. Records the old leader had acknowledged but not replicated are gone.',
  whyItMatters: 'This is the lost write teams meet in production with acks=1: the producer was told "stored", and the record vanished in a failover.',
  mentalModel: {
    coreIdea: 'A record is safe only when the replicas that can become leader have it.',
    analogy: 'A secretary who confirms an appointment before writing it in the shared calendar, then goes home ill: the confirmation existed, the entry never did.',
  },
  buildUp: [
    { question: "Before reading on: the leader is cut off from its followers and acknowledges 'order-3'. Is it safe? Commit to your answer.", answer: 'No: only the leader has it, and acks=1 does not wait for more.', event: { type: 'ProduceAcked', producer: 'p1', offset: 3 } },
    { question: 'Before reading on: the old leader returns with offset 3. Does it keep it? Commit to your answer.', answer: 'No: it truncates to the new leader (its leader epoch tells it where the logs part) and refetches.', event: { type: 'LogTruncated', topic: 'orders', partition: 0 } },
  ],
  underTheHood: 'Leader epochs number each leadership. A returning replica asks the leader where its epoch ended (OffsetsForLeaderEpoch) and truncates everything after it, so replicas never diverge for long; the unreplicated records are the price.',
  myths: [
    { claim: 'Once the producer has its acknowledgement, is the record safe from a broker failure?', truth: false, reality: "Not with acks=1: broker 2 becomes leader without 'order-3', and the acknowledged record is lost.", event: { type: 'LeaderElected', topic: 'orders', partition: 0 } },
    { claim: 'Does the old leader keep its extra records when it comes back?', truth: false, reality: 'No. It truncates its log to match the new leader.', event: { type: 'LogTruncated', topic: 'orders', partition: 0 } },
  ],
  pitfalls: [
    { mistake: 'Trusting acks=1 for important data.', fix: 'acks=all with min.insync.replicas=2 (and idempotence on).' },
    { mistake: 'Reading "acknowledged" as "replicated".', fix: 'Check acks and min.insync.replicas together.' },
  ],
  takeaways: ['Failover elects an in-sync replica; what it lacks is lost.', 'Truncation keeps replicas consistent, not complete.', 'acks=all closes this window.'],
};

export const uncleanElection: DeepDive = {
  overview: 'With unclean.leader.election.enable=true, a replica outside the ISR may become leader when no in-sync replica is alive: the partition comes back sooner and loses records.',
  whyItMatters: 'It is the choice between availability and durability, made in one configuration line; acks=all does not protect you when it is on.',
  mentalModel: {
    coreIdea: 'Clean election waits for a replica with everything committed; unclean election takes whoever is alive.',
    analogy: 'A relay race where the baton-holder drops out: a clean race waits for them, an unclean one hands a new baton to whoever is standing there — and the distance run is lost.',
  },
  buildUp: [
    { question: 'Before reading on: the last in-sync replica dies. Does the partition stay available? Commit to your answer.', answer: 'Not at once: it goes offline until a replica can lead.', event: { type: 'PartitionOffline', topic: 'orders', partition: 0 } },
    { question: 'Before reading on: an out-of-sync replica comes back first. Is it elected? Commit to your answer.', answer: 'With unclean election on, yes: it leads without the records it missed.', event: { type: 'LeaderElected', topic: 'orders', partition: 0 } },
  ],
  underTheHood: 'The controller elects from the ISR by default. With unclean election on and no live ISR member, it picks the first live replica in assignment order; the old leader later truncates to it.',
  myths: [
    { claim: 'Does acks=all on its own guarantee that an acknowledged record is never lost?', truth: false, reality: 'No. With the ISR shrunk to the leader alone and unclean election on, an out-of-sync replica is elected and acknowledged records are gone.', event: { type: 'LeaderElected', topic: 'orders', partition: 0 } },
    { claim: 'When the last in-sync replica dies, does the partition go offline?', truth: true, reality: 'Yes, until some replica can lead again.', event: { type: 'PartitionOffline', topic: 'orders', partition: 0 } },
  ],
  pitfalls: [
    { mistake: 'Turning unclean election on to "fix" an offline partition.', fix: 'Bring an in-sync replica back, or accept the loss knowingly.' },
    { mistake: 'min.insync.replicas=1 with acks=all.', fix: 'Use 2, so an acknowledged record is on two replicas.' },
  ],
  takeaways: ['Unclean election trades lost records for availability.', 'acks=all needs min.insync.replicas ≥ 2 to mean something.', 'It is off by default for a reason.'],
};
