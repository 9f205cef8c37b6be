// Deep dives of the lessons about producing and reading: the first message, producers, keys.
import type { DeepDive } from './types';

export const firstMessage: DeepDive = {
  overview:
    'Kafka is a message broker: producers hand records to brokers, brokers keep them in topic partitions, and consumers fetch them when they are ready. Nobody talks to anybody directly.',
  whyItMatters:
    'Without a broker every sender must know every receiver and wait for it to be up. With Kafka in the middle a slow or absent consumer does not stop the producer, and a record can be read later, or read again.',
  mentalModel: {
    coreIdea: 'A broker is a reliable middleman that stores records in order and lets each reader ask for them at its own pace.',
    analogy: 'A post office with a numbered mailbox: letters are dropped in and numbered, and the addressee collects them when it likes. Collecting one does not shred it.',
  },
  buildUp: [
    { question: 'Before reading on: does the broker push the record to the consumer, or does the consumer ask for it? Commit to your answer.', answer: 'The consumer asks: poll() sends a fetch, and the broker answers with the records it has below the high watermark.', event: { type: 'RecordsPolled', consumer: 'c1' } },
    { question: 'Before reading on: when has the producer finished sending? Commit to your answer.', answer: 'When the acknowledgement comes back, not when send() returns.', event: { type: 'ProduceAcked', producer: 'p1' } },
  ],
  underTheHood:
    "The broker appends the record to the partition's log at the next offset and, as the only replica, moves the high watermark past it at once. The consumer keeps a position (the next offset to read) and commits it to the group coordinator, which stores it in __consumer_offsets.",
  myths: [
    { claim: 'Does Kafka delete a message once a consumer has read it?', truth: false, reality: "No. c1 reads and commits 'Hello Kafka', and the record is still at offset 0: only retention deletes records.", event: { type: 'OffsetsCommitted', consumer: 'c1', nth: 2 } },
    { claim: 'Does the broker push new messages to the consumer?', truth: false, reality: 'No. The consumer polls: its fetch waits at the broker until there is something to return.', event: { type: 'RecordsPolled', consumer: 'c1' } },
  ],
  pitfalls: [
    { mistake: 'Treating send() returning as "delivered".', fix: 'Wait for the acknowledgement (the future, a callback or flush()).' },
    { mistake: 'Expecting a read to remove the record.', fix: 'Plan retention for the topic; track progress with committed offsets.' },
  ],
  takeaways: ['Producers, brokers and consumers never wait for each other directly.', 'A record has an offset in a partition and stays there after it is read.', 'Consumers pull; their progress is a committed offset.'],
  whenNotToUse: 'For a request that needs an immediate answer (a synchronous call), or a tiny system with one sender and one receiver, a direct API or a simple queue is less to run.',
};

export const whyProducersPublish: DeepDive = {
  overview: 'A producer batches records in memory and sends them to the leader of their partition; flush() forces the batch out and waits for the answers.',
  whyItMatters: 'Knowing what send(), flush() and the acknowledgement mean is the difference between "probably sent" and "stored", and between a silent loss and an error you can handle.',
  mentalModel: {
    coreIdea: 'send() hands the record to the producer; the broker owns it only once it has appended it and answered.',
    analogy: 'Dropping a letter in your own outbox is not posting it; the receipt from the post office is.',
  },
  buildUp: [
    { question: 'Before reading on: with linger.ms=2000, when does the record leave the producer? Commit to your answer.', answer: 'When flush() is called (or the linger time runs out): the batch waits in the producer until then.', event: { type: 'RecordAppended', topic: 'topic1', partition: 0 } },
    { question: 'Before reading on: what does the producer do while its broker is down? Commit to your answer.', answer: 'It retries until delivery.timeout.ms runs out, then fails the send with an error.', event: { type: 'ProduceFailed', producer: 'p1' } },
  ],
  underTheHood: 'The record waits in a batch per partition (linger.ms, batch.size). A ProduceRequest carries the batch to the leader; the leader appends and answers when acks allow. Retries back off (retry.backoff.ms) and stop at delivery.timeout.ms.',
  myths: [
    { claim: 'Does send() mean the record has reached the broker?', truth: false, reality: 'No. send() only buffers it; the append happens later, after flush().', event: { type: 'RecordSent', producer: 'p1' } },
    { claim: 'When the broker is down, does the producer drop the record silently?', truth: false, reality: "No. It retries and then fails the send with an error the application can see: 'Are you there?' is never stored.", event: { type: 'ProduceFailed', producer: 'p1' } },
  ],
  pitfalls: [
    { mistake: 'Ignoring the result of send().', fix: 'Check the future or the callback: a failed send must be handled.' },
    { mistake: 'Calling flush() after every record.', fix: 'Let batches fill (linger.ms) and flush where you need a guarantee.' },
  ],
  takeaways: ['send() buffers; the acknowledgement confirms.', 'A dead broker turns into retries, then an error, never a silent success.', 'Batching trades a little latency for throughput.'],
};

export const partitionsAndKeys: DeepDive = {
  overview: 'A topic is split into partitions; the producer picks one per record: murmur2(key) mod the partition count for a keyed record, the sticky partitioner for a record without a key.',
  whyItMatters: 'Partitions are the unit of parallelism and of ordering: more partitions mean more consumers can share the work, and records of one key stay in order because they share a partition.',
  mentalModel: {
    coreIdea: 'A partition is an ordered log; a topic is several logs side by side.',
    analogy: 'A supermarket with several tills: each queue is served in order, and a customer (a key) always joins the same queue.',
  },
  buildUp: [
    { question: "Before reading on: do 'alice' records go to the same partition every time? Commit to your answer.", answer: 'Yes: the key hashes to the same partition while the partition count stays the same.', event: { type: 'RecordAppended', topic: 'orders', partition: 0, offset: 2 } },
    { question: 'Before reading on: does the consumer see all records in the order they were sent? Commit to your answer.', answer: 'Only per partition: it reads each partition in order, but partitions interleave.', event: { type: 'RecordsPolled', consumer: 'c1', partition: 1 } },
  ],
  underTheHood: "The producer hashes the key's bytes with murmur2, makes the result positive and takes it modulo the number of partitions. Each partition has its own leader, log end offset and high watermark.",
  myths: [
    { claim: 'Does Kafka keep the order of all records across a whole topic?', truth: false, reality: 'No. Other keys land in other partitions, each with its own order; only within a partition is order kept.', event: { type: 'RecordAppended', topic: 'orders', partition: 2 } },
    { claim: 'Do records with the same key always land in the same partition?', truth: true, reality: "Yes. Every 'alice' record lands in orders-0, one after another.", event: { type: 'RecordAppended', topic: 'orders', partition: 0, offset: 2 } },
  ],
  pitfalls: [
    { mistake: 'A hot key: most records share one key.', fix: 'Choose keys with many values, or spread a hot key deliberately.' },
    { mistake: 'Adding partitions to a keyed topic.', fix: 'Keys move to other partitions: plan the count up front.' },
  ],
  takeaways: ['Order is per partition.', 'The key decides the partition.', 'Partitions are how a topic scales.'],
};
