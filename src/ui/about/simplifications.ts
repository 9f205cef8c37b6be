// Where the simulator simplifies Kafka. The engine will provide its own list; until then, these
// are the ones the UI knows about. Data only: AboutSimulation renders whatever is here.
export interface Simplification {
  topic: string;
  text: string;
}

export const simplifications: Simplification[] = [
  { topic: 'Controller', text: 'One active controller; the KRaft quorum itself (its votes and its log) is not simulated.' },
  { topic: 'Storage', text: 'No real disk or page cache: a crashed broker keeps exactly what it had appended, and fsync never loses data.' },
  { topic: 'Time', text: 'Time is simulated in whole milliseconds and only moves when something happens; there is no CPU or disk cost.' },
  { topic: 'Network', text: 'Every message takes the scenario\'s fixed latency (plus seeded jitter); bandwidth and request sizes are not modelled.' },
  { topic: 'Records', text: 'Records are small text keys and values; batches, compression and headers are not shown.' },
  { topic: 'Clients', text: 'Producers and consumers are single-threaded applications following the scenario script.' },
];
