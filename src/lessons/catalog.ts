// The built-in lessons' ids and titles, in teaching order: all the "Lessons" navigation needs at
// first paint. The lessons themselves (scenarios, narration, quiz specs) load with the lesson kit
// on the first click; catalog.test.ts keeps this list equal to theirs.
export interface LessonEntry {
  id: string;
  title: string;
}

export const lessonCatalog: readonly LessonEntry[] = [
  { id: 'first-message', title: 'The first message' },
  { id: 'why-producers-publish', title: 'Why producers publish, flush, and what happens when the broker is down' },
  { id: 'partitions-and-keys', title: 'Topics, partitions and keys' },
  { id: 'replication-and-acks', title: 'Replication, the ISR and the high watermark (acks 0, 1, all)' },
  { id: 'break-a-broker', title: 'Break a broker: leader failover and a lost write' },
  { id: 'unclean-election', title: 'Unclean leader election: acks=all is not enough' },
  { id: 'consumer-groups', title: 'Consumer groups: publish-subscribe and queues' },
  { id: 'offsets-and-replay', title: 'Offsets: commit, restart, replay (at-least-once vs at-most-once)' },
  { id: 'retention', title: 'Retention: consuming does not delete, expiry does' },
  { id: 'controller-zookeeper', title: 'The controller, then: ZooKeeper' },
  { id: 'controller-kraft', title: 'The controller, now: KRaft' },
];
