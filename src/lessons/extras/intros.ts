// Each lesson's intro: its goal, about how long it takes, what the class will see, and the seed
// page it grew from. (The goal and minutes match the "Lessons" catalog's; intros.test.ts says so
// once the catalog carries them.)
export interface LessonIntro {
  goal: string;
  minutes: number;
  /** What happens on screen, in order. */
  see: string[];
}

/** The seed pages (shared/seeds/NNN_*.txt) by number, as their titles read. */
export const SEED_TITLES: Readonly<Record<string, string>> = {
  '000': 'Message broker architecture in Kafka — Step-by-Step Execution',
  '001': 'Message broker architecture in Kafka — Deep Dive',
  '002': 'How Kafka Solves the Problem (hands-on examples)',
  '003': 'Kafka — Work Flow',
  '004': 'Why producers publish data in Kafka — Visual Breakdown',
};

export const lessonIntros: Readonly<Record<string, LessonIntro>> = {
  'first-message': {
    goal: 'Follow one record from producer to broker to consumer, and what an ack and a commit are.',
    minutes: 5,
    see: ['a consumer joining its group and waiting', "the producer sending 'Hello Kafka' and the broker storing it", 'the acknowledgement, the poll and the commit'],
  },
  'why-producers-publish': {
    goal: 'Why a producer retries, what flush waits for, and when a send finally fails.',
    minutes: 8,
    see: ['a record waiting in the producer until flush()', 'the broker going down and a send retrying, then failing', 'the broker back and the next record stored'],
  },
  'partitions-and-keys': {
    goal: 'How a key picks a partition, and why a hot key overloads one broker.',
    minutes: 8,
    see: ['keyed records spread over three partitions', "all 'alice' records landing in one partition, in order", 'one consumer reading each partition in its own order'],
  },
  'replication-and-acks': {
    goal: 'Read the ISR and the high watermark, and choose between acks 0, 1 and all.',
    minutes: 12,
    see: ['followers fetching and the high watermark following', 'acks=0, 1 and all answered at different moments', 'a follower crashing, leaving the ISR and coming back'],
  },
  'break-a-broker': {
    goal: 'Watch a leader fail over, and see how acks=1 loses an acknowledged write.',
    minutes: 10,
    see: ["the leader cut off and acknowledging 'order-3' alone", 'the controller fencing it and electing broker 2', 'the old leader returning and truncating its log'],
  },
  'unclean-election': {
    goal: 'How an out-of-sync replica made leader loses records acknowledged with acks=all.',
    minutes: 10,
    see: ['the ISR shrinking to the leader alone', 'the partition going offline', 'an out-of-sync replica elected, and the acknowledged records gone'],
  },
  'consumer-groups': {
    goal: 'Every group reads every record; inside a group the partitions are shared out.',
    minutes: 10,
    see: ['two groups reading the same topic', 'three consumers sharing two partitions, one idle', 'a member leaving and a rebalance handing its partition over'],
  },
  'offsets-and-replay': {
    goal: 'Commit before or after processing: at-least-once against at-most-once.',
    minutes: 10,
    see: ['two consumers committing at different times', 'both crashing in the middle of a batch', 'one rereading records, one skipping them, and a new group replaying all'],
  },
  retention: {
    goal: 'Consuming never deletes a record; retention removes old segments.',
    minutes: 6,
    see: ['records read and committed, still in the log', 'retention deleting expired segments', 'a late consumer starting at the new log start'],
  },
  'controller-zookeeper': {
    goal: 'How the controller moved leadership when ZooKeeper tracked the brokers.',
    minutes: 8,
    see: ['the controller broker crashing', 'nothing happening until its ZooKeeper session expires', 'another broker taking /controller and electing a new leader'],
  },
  'controller-kraft': {
    goal: 'How the KRaft controller fences a broker and moves leadership today.',
    minutes: 8,
    see: ['a broker crashing', 'the controller fencing it after 9 s without heartbeats', 'leadership moving, then moving back with a preferred election'],
  },
};
