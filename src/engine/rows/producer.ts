// Rows of the producer: send(), linger, flush, the Sender's requests and answers, retries,
// timeouts and connections (producer/). Clauses — what the Sender did on the way: batches sent,
// failed, retried — are events of their own, rendered here into the headline's output.
import type { RowText } from '../core/context';
import { tpKey } from '../core/state';
import { quote } from '../broker/config';
import type { EngineEvent, EngineEventOf } from '../rowEvents';
import type { RowRenderers } from './renderer';

type Tp = { topic: string; partition: number };
const tpOf = (e: Tp) => tpKey(e.topic, e.partition);

function sentClause(e: EngineEventOf<'ProduceRequestSent'>): string {
  const retry = e.retry > 0 ? ` (retry ${e.retry})` : '';
  if (e.acks === '0') return `sent ${e.records} record(s) to broker ${e.broker} for ${tpOf(e)}${retry}; acks=0: counted as delivered, offset -1`;
  return `sent ProduceRequest (${e.records} record(s), acks=${e.acks}) to broker ${e.broker}, leader of ${tpOf(e)}${retry}`;
}

function failedClause(e: EngineEventOf<'ProduceFailed'>): string {
  return `gave up on ${e.records} record(s) for ${tpOf(e)}: ${e.detail}`;
}

function retryClause(e: EngineEventOf<'ProduceRetryScheduled'>): string {
  return `${e.error} is retriable: retrying in ${e.backoffMs} ms`;
}

/** What the Sender did while draining the accumulator: a clause per batch sent, failed or hurried. */
function drainClauses(step: readonly EngineEvent[]): string[] {
  const out: string[] = [];
  for (const e of step) {
    if (e.type === 'ProduceRequestSent') out.push(sentClause(e));
    else if (e.type === 'ProduceFailed') out.push(failedClause(e));
    else if (e.type === 'RetryBackoffSkipped') out.push(`${tpOf(e)} has a new leader: its retry skips the rest of the backoff`);
  }
  return out;
}

/** What became of each batch whose request failed (retryOrFail): retried or failed, in order. */
function outcomeClauses(step: readonly EngineEvent[]): { tp: string; text: string }[] {
  const out: { tp: string; text: string }[] = [];
  for (const e of step) {
    if (e.type === 'ProduceRetryScheduled') out.push({ tp: tpOf(e), text: retryClause(e) });
    else if (e.type === 'ProduceFailed') out.push({ tp: tpOf(e), text: failedClause(e) });
  }
  return out;
}

const firstOutcome = (step: readonly EngineEvent[]) => outcomeClauses(step)[0]?.text ?? '';

function sentOr(step: readonly EngineEvent[], otherwise: string): string {
  const sent = drainClauses(step);
  return sent.length > 0 ? sent.join('; ') : otherwise;
}

function producer(e: { producer: string }, action: string, messageState: string, output: string): RowText {
  return { component: `Producer ${e.producer}`, action, messageState, output };
}

const WHY: Record<EngineEventOf<'RecordBatched'>['partitioner'], (e: EngineEventOf<'RecordBatched'>) => string> = {
  explicit: () => 'partition set by the application',
  key: (e) => `murmur2('${e.key}') mod ${e.partitions} = ${e.partition}`,
  sticky: () => 'no key: sticky partitioner',
};

function batched(e: EngineEventOf<'RecordBatched'>, step: readonly EngineEvent[]): RowText {
  const tp = tpOf(e);
  const keyText = e.key === null ? 'no key' : `key '${e.key}'`;
  return producer(
    e,
    `send(${keyText}, value ${quote(e.value)}) → ${tp} (${WHY[e.partitioner](e)})`,
    e.batchReady ? `Batch for ${tp} ready to send` : `In the producer's buffer (batch for ${tp}, ${e.batchRecords} record(s))`,
    sentOr(step, e.batchReady ? 'Waiting for the leader' : `Waits up to linger.ms=${e.lingerMs} ms for more records`),
  );
}

const CONNECT_ACTION: Record<EngineEventOf<'ConnectAttemptEnded'>['outcome'], (e: EngineEventOf<'ConnectAttemptEnded'>) => string> = {
  backoffOver: (e) => `Reconnect backoff to broker ${e.broker} over`,
  connected: (e) => `Connected to broker ${e.broker}`,
  refused: (e) => `Could not connect to broker ${e.broker} (connection refused); retrying after ${e.retryMs} ms`,
  timedOut: (e) => `Could not connect to broker ${e.broker} (no answer within the connection setup timeout); retrying after ${e.retryMs} ms`,
};

export const producerRows: RowRenderers = {
  RecordBatched: batched,
  LingerExpired: (e, step) => producer(e, `linger.ms (${e.lingerMs} ms) passed for the batch to ${tpOf(e)} (${e.records} record(s))`, 'Batch closed', sentOr(step, 'Waiting for the leader')),
  ProducerFlushed: (e, step) => producer(e, 'flush(): send everything lingering now', `${e.closedBatches} batch(es) closed; ${e.pending} record(s) not yet acknowledged`, sentOr(step, e.pending > 0 ? 'Waiting for acknowledgements' : 'Nothing to flush')),
  LateProduceResponseIgnored: (e) => producer(e, `Got a late answer from ${e.from} for a request it already gave up on`, 'Ignored', e.error ?? `offset ${e.baseOffset}`),
  ProducerEpochBumped: (e) => {
    const gaveUp = e.failedBatches > 0 ? `; ${e.failedBatches} earlier batch(es) that may already be stored fail rather than risk a duplicate` : '';
    return producer(e, `Produce to ${tpOf(e)} failed: OUT_OF_ORDER_SEQUENCE_NUMBER`, 'The new leader lost batches this producer had sent', `bumped the producer epoch (now producer id ${e.producerId}), sequences restart at 0; retrying${gaveUp}`);
  },
  ProduceErrorReceived: (e, step) => producer(e, `Produce to ${tpOf(e)} failed: ${e.error}`, e.backingOff ? 'Not acknowledged; will retry' : 'Failed', firstOutcome(step)),
  BatchAcked: (e, step) => {
    const offsets = e.records === 1 ? `offset ${e.offset}` : `offsets ${e.offset}–${e.offset + e.records - 1}`;
    const what = e.value !== null ? `'${e.value}'` : `${e.records} records`;
    return producer(e, `Received the ack for ${what} from broker ${e.from.replace('broker-', '')}`, `Acknowledged: ${tpOf(e)} ${offsets}`, sentOr(step, 'send() completed successfully'));
  },
  RetryBackoffExpired: (e, step) => producer(e, `Retry backoff over for ${tpOf(e)}`, 'Retrying', sentOr(step, 'Waiting for the leader')),
  DeliveryTimedOut: (e, step) => producer(e, `delivery.timeout.ms (${e.deliveryTimeoutMs} ms) passed for ${tpOf(e)}`, e.inFlight ? 'Failed while its request is in flight; a late answer will be ignored' : 'Failed', firstOutcome(step)),
  RequestTimedOut: (e, step) => producer(e, `No answer for ${tpOf(e)} within request.timeout.ms (${e.requestTimeoutMs} ms)`, 'Not acknowledged', firstOutcome(step)),
  ProducerConnectionClosed: (e, step) => {
    const notes = outcomeClauses(step).map((c) => `${c.tp}: ${c.text}`);
    if (e.metadataLost) notes.push('its metadata request is lost; it will ask another broker');
    const reconnect = `reconnects after ${e.reconnectMs ?? Number.NaN} ms${e.waiting ? '; batches for it wait in the accumulator' : ''}`;
    return producer(e, `Connection to ${e.from} closed`, notes.length > 0 ? 'Requests in flight are lost' : 'Nothing was in flight', [...notes, reconnect].join('; '));
  },
  ProducerMetadataUpdated: (e, step) => {
    const changes: string[] = [];
    for (const c of step) {
      if (c.type === 'ProducerLeaderLearned') changes.push(`${tpOf(c)} leader ${c.before ?? 'none'}→${c.leader ?? 'none'}`);
      else if (c.type === 'ProducerPartitionsGrew') changes.push(`${c.topic} now has ${c.count} partitions`);
    }
    const sent = drainClauses(step);
    const row = producer(e, 'Updated its metadata', changes.length > 0 ? changes.join('; ') : 'No change', sent.length > 0 ? sent.join('; ') : 'Nothing waiting to send');
    return { ...row, routine: changes.length === 0 && sent.length === 0 };
  },
  MetadataRequestTimedOut: (e) => producer(e, 'Metadata request failed (no answer within request.timeout.ms)', 'Leaders unknown', 'Will ask another broker'),
  MetadataMaxAgeExpired: (e) => ({ ...producer(e, `metadata.max.age.ms (${e.maxAgeMs} ms) passed`, 'Metadata may be stale', 'Asked a broker for fresh metadata'), routine: true }),
  MetadataBackoffExpired: (e) => ({ ...producer(e, 'Metadata retry backoff over', 'Leaders still uncertain', 'Asked a broker for fresh metadata'), routine: true }),
  ConnectAttemptEnded: (e, step) => {
    const sent = drainClauses(step);
    const row = producer(e, CONNECT_ACTION[e.outcome](e), e.outcome === 'connected' ? 'Connection ready' : `Not connected to broker ${e.broker}`, sent.length > 0 ? sent.join('; ') : e.waiting ? 'Batches for it wait in the accumulator' : 'Nothing waits for it');
    return { ...row, routine: sent.length === 0 && !e.waiting };
  },
};
