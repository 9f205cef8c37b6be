// The built-in lessons' ids and titles, in teaching order: all the "Lessons" navigation needs at
// first paint. The lessons themselves (scenarios, narration, quiz specs) load with the lesson kit
// on the first click; catalog.test.ts keeps this list equal to theirs.
export interface LessonEntry {
  id: string;
  title: string;
  /** What the class can explain afterwards, in one line (the Lessons panel and the first visit show it). */
  goal: string;
  /** About how long the lesson takes in class, playing it through with its quiz. */
  minutes: number;
}

export const lessonCatalog: readonly LessonEntry[] = [
  { id: 'first-message', title: 'The first message', goal: 'Follow one record from producer to broker to consumer, and what an ack and a commit are.', minutes: 5 },
  { id: 'why-producers-publish', title: 'Why producers publish, flush, and what happens when the broker is down', goal: 'Why a producer retries, what flush waits for, and when a send finally fails.', minutes: 8 },
  { id: 'partitions-and-keys', title: 'Topics, partitions and keys', goal: 'How a key picks a partition, and why a hot key overloads one broker.', minutes: 8 },
  { id: 'replication-and-acks', title: 'Replication, the ISR and the high watermark (acks 0, 1, all)', goal: 'Read the ISR and the high watermark, and choose between acks 0, 1 and all.', minutes: 12 },
  { id: 'break-a-broker', title: 'Break a broker: leader failover and a lost write', goal: 'Watch a leader fail over, and see how acks=1 loses an acknowledged write.', minutes: 10 },
  { id: 'unclean-election', title: 'Unclean leader election: acks=all is not enough', goal: 'How an out-of-sync replica made leader loses records acknowledged with acks=all.', minutes: 10 },
  { id: 'consumer-groups', title: 'Consumer groups: publish-subscribe and queues', goal: 'Every group reads every record; inside a group the partitions are shared out.', minutes: 10 },
  { id: 'offsets-and-replay', title: 'Offsets: commit, restart, replay (at-least-once vs at-most-once)', goal: 'Commit before or after processing: at-least-once against at-most-once.', minutes: 10 },
  { id: 'retention', title: 'Retention: consuming does not delete, expiry does', goal: 'Consuming never deletes a record; retention removes old segments.', minutes: 6 },
  { id: 'controller-zookeeper', title: 'The controller, then: ZooKeeper', goal: 'How the controller moved leadership when ZooKeeper tracked the brokers.', minutes: 8 },
  { id: 'controller-kraft', title: 'The controller, now: KRaft', goal: 'How the KRaft controller fences a broker and moves leadership today.', minutes: 8 },
];
