// Where the simulator simplifies Kafka, said once, for the UI's "About this simulation" and the README.
export interface Simplification {
  topic: string;
  text: string;
}

export const simplifications: Simplification[] = [
  { topic: 'Start-up', text: 'The cluster starts already running: brokers registered, preferred leaders elected, every ISR full.' },
  { topic: 'Controller', text: 'One active controller stands for the KRaft quorum; it never crashes but can be isolated. Metadata reaches brokers as pushed, numbered updates, and a broker that missed one gets everything again at its next heartbeat.' },
  { topic: 'ZooKeeper mode', text: 'metadata "zookeeper" keeps KRaft\'s election and ISR rules, with ZooKeeper-era liveness: a broker is dead when its session expires (zookeeper.session.timeout.ms), and /controller moves only then. Heartbeats stand for session pings; the lowest live broker wins /controller; a restarted broker replaces its old session at once.' },
  { topic: 'Produce requests', text: 'A produce request carries one partition\'s batch; a record\'s size is its key and value plus 70 bytes.' },
  { topic: 'Idempotence', text: 'Producer ids are handed out at start (InitProducerId is not simulated). A new producer epoch is shown as a new producer id; batches that may already be stored fail instead of being resent under it.' },
  { topic: 'Crashes', text: 'A crash loses memory only: the log, the leader-epoch cache and the HW checkpoint survive (no page-cache loss).' },
  { topic: 'Network', text: 'Each pair of nodes has one ordered connection. A connection to a crashed broker fails after one network delay; on a cut link, requests time out and a new connection fails after socket.connection.setup.timeout.ms (10 s). Reconnect backoff doubles from 50 ms to 1 s without jitter.' },
  { topic: 'Followers', text: 'A follower ahead of its leader learns the leader\'s log end from the fetch answer instead of a separate ListOffsets request.' },
  { topic: 'ListOffsets', text: 'ListOffsets "latest" answers the leader\'s high watermark at once: a new leader never answers OFFSET_NOT_AVAILABLE while its high watermark is below the start offset of its leader epoch. The leader epoch it returns is the epoch of the record just below the answered offset (none for "earliest"), not the current leader epoch.' },
  { topic: 'Consumer offsets', text: '__consumer_offsets is not replicated: the group coordinator is the first live broker of its partition\'s placement, and committed offsets survive its failure.' },
  { topic: 'Consumer fetches', text: 'Consumers read with read_uncommitted, at most 100 records per partition per fetch; there is no static membership. fetch.min.bytes is 1 for followers and consumers alike: one record wakes a waiting fetch. A broker without the partition answers NOT_LEADER_OR_FOLLOWER, never UNKNOWN_TOPIC_OR_PARTITION.' },
  { topic: 'Not simulated', text: 'Transactions, compaction, eligible leader replicas (KIP-966), rack awareness and quotas.' },
];
