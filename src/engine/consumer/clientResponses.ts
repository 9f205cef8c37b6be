// Answers arriving at a consumer, and requests that failed (closed connection, request timeout).
// Each is matched to the request table first: an answer to a forgotten request is late and ignored.
import type { RowText } from '../core/context';
import type { SimState } from '../core/state';
import { handleCommitResult, handleOffsetFetchResult } from './clientCommit';
import { handleFetchResult, handleListOffsetsResult, handleMetadataResult, handleValidationResult, pump } from './clientFetch';
import { abandonJoin, handleFindCoordinatorResult, handleHeartbeatResult, handleJoinResult, handleSyncResult, sendJoin } from './clientGroup';
import { connectionFailed, connectionWorked, takeRequest } from './clientNet';
import { finishClose } from './consumerLifecycle';
import type { ClientRequest, ConsumerState } from './consumerState';
import type { Wire } from '../core/wire';
import { continueAfterCommit, returnIfWaiting } from './pollLoop';

type Row = Omit<RowText, 'component'>;

/** What reaches a consumer: an answer, or a closed connection. */
export type ClientBound = Wire<'ConnectionClosed' | 'MetadataResponse' | 'FindCoordinatorResponse' | 'FetchResponse' | 'ListOffsetsResponse' | 'OffsetsForLeaderEpochResponse' | 'JoinGroupResponse' | 'SyncGroupResponse' | 'HeartbeatResponse' | 'LeaveGroupResponse' | 'OffsetCommitResponse' | 'OffsetFetchResponse'>;
type Answer = Exclude<ClientBound, { type: 'ConnectionClosed' }>;

/** Positions and fetches move on while the application is inside poll(), not while it processes. */
function pumpIfPolling(state: SimState, c: ConsumerState): string[] {
  return c.life === 'running' && c.app.phase === 'polling' ? pump(state, c) : [];
}

/** What the application does once a commit it waited for is answered. */
function commitDone(state: SimState, c: ConsumerState, req: ClientRequest, requestId: number, text: string): string {
  if (req.purpose === 'close') return `${text}; ${finishClose(state, c)}`;
  if (req.purpose === 'before-rebalance' && c.joinPrepareCommit === requestId) return [text, ...sendJoin(state, c)].join('; ');
  if (req.purpose === 'sync') {
    const next = continueAfterCommit(state, c);
    return next ? `${text}; ${next}` : text;
  }
  return text;
}

function join(notes: string[], fallback: string): string {
  return notes.filter((n) => n !== '').join('; ') || fallback;
}

function answerRow(state: SimState, c: ConsumerState, from: string, body: Answer, req: ClientRequest): Row {
  const broker = from.replace('broker-', '');
  switch (body.type) {
    case 'MetadataResponse': {
      const changes = handleMetadataResult(state, c, body);
      const sent = pumpIfPolling(state, c);
      return { action: `Updated its metadata from broker ${broker}`, messageState: join(changes, 'No leader changes'), output: join(sent, 'Nothing to send'), routine: changes.length === 0 && sent.length === 0 };
    }
    case 'FindCoordinatorResponse': {
      const notes = handleFindCoordinatorResult(state, c, body);
      return { action: 'FindCoordinator answered', messageState: `Group ${c.groupId}`, output: join(notes, 'No change') };
    }
    case 'JoinGroupResponse':
      return { action: `JoinGroup answered${body.error ? `: ${body.error}` : ''}`, messageState: `Group ${c.groupId}`, output: join(handleJoinResult(state, c, body), 'No change') };
    case 'SyncGroupResponse':
      return { action: `SyncGroup answered${body.error ? `: ${body.error}` : ''}`, messageState: `Group ${c.groupId}`, output: join(handleSyncResult(state, c, body), 'No change') };
    case 'HeartbeatResponse': {
      const what = handleHeartbeatResult(state, c, body.error);
      return { action: 'Heartbeat answered', messageState: `Generation ${c.generation}`, output: what, routine: body.error === null };
    }
    case 'LeaveGroupResponse':
      return { action: 'LeaveGroup answered', messageState: '', output: body.error ?? 'OK', routine: true };
    case 'OffsetCommitResponse': {
      const text = handleCommitResult(state, c, req, body.error, body.offsets);
      return { action: `OffsetCommit answered${body.error ? `: ${body.error}` : ''}`, messageState: `Group ${c.groupId}`, output: commitDone(state, c, req, body.requestId, text) };
    }
    case 'OffsetFetchResponse': {
      const text = handleOffsetFetchResult(state, c, req, body);
      return { action: 'Got the committed offsets', messageState: text, output: join(pumpIfPolling(state, c), 'Waits for its next poll') };
    }
    case 'FetchResponse': {
      const { notes, records } = handleFetchResult(state, c, req, body);
      const returned = records > 0 ? returnIfWaiting(state, c) : null;
      const messageState = returned ? 'The application was waiting in poll()' : records > 0 ? 'Buffered until the application calls poll()' : 'No new records';
      return { action: `Fetch answered by broker ${broker}`, messageState, output: join(returned ? [returned] : notes, 'Nothing new'), routine: notes.length === 0 };
    }
    case 'ListOffsetsResponse':
      return { action: 'ListOffsets answered', messageState: join(handleListOffsetsResult(state, c, req, body), 'No change'), output: join(pumpIfPolling(state, c), 'Waits for its next poll') };
    case 'OffsetsForLeaderEpochResponse':
      return { action: 'Position validation answered (KIP-320)', messageState: join(handleValidationResult(state, c, req, body), 'No change'), output: join(pumpIfPolling(state, c), 'Waits for its next poll') };
  }
}

export function clientMessage(state: SimState, c: ConsumerState, from: string, body: ClientBound): RowText {
  const component = `Consumer ${c.id}`;
  // A stopped consumer drops what arrives; a refused delivery's notice (not seenByClient) finds
  // nothing waiting on it instead, which the row below tells.
  const gone = c.life === 'stopped' || c.life === 'crashed';
  if (gone && (body.type !== 'ConnectionClosed' || body.seenByClient)) {
    return { component, action: `${body.type} from ${from} arrived`, messageState: `The consumer is ${c.life}`, output: 'Dropped', routine: true };
  }
  if (body.type === 'ConnectionClosed') {
    // Every request the socket carried fails; the row tells the first that was still waiting.
    const rows = body.requestIds.map((id) => failRequest(state, c, id, 'NETWORK_EXCEPTION'));
    return rows.find((r) => r !== null) ?? { component, action: `Connection to ${from} closed`, messageState: 'Nothing was waiting on it', output: 'No change', routine: true };
  }
  const req = takeRequest(state, c, body.requestId);
  if (!req) return { component, action: `Late ${body.type} from ${from}`, messageState: 'It had already given up on that request', output: 'Ignored', routine: true };
  connectionWorked(c, req.broker);
  if (c.life === 'closing' && req.purpose !== 'close') return { component, action: `${body.type} from ${from} arrived`, messageState: 'Closing', output: 'Ignored', routine: true };
  return { component, ...answerRow(state, c, from, body, req) };
}

function failureNote(state: SimState, c: ConsumerState, req: ClientRequest, requestId: number, error: string): string {
  switch (req.kind) {
    case 'Metadata':
      c.metadataNeeded = true;
      return 'will ask another broker for metadata';
    case 'FindCoordinator':
      return 'will ask again at its next poll';
    case 'JoinGroup':
    case 'SyncGroup':
      return abandonJoin(c, error);
    case 'Heartbeat':
      c.coordinator = null;
      return 'will find the coordinator again';
    case 'OffsetCommit':
      return commitDone(state, c, req, requestId, handleCommitResult(state, c, req, error, []));
    case 'OffsetFetch':
      return handleOffsetFetchResult(state, c, req, null);
    case 'ListOffsets':
      return handleListOffsetsResult(state, c, req, null).join('; ');
    case 'OffsetsForLeaderEpoch':
      return handleValidationResult(state, c, req, null).join('; ');
    case 'Fetch':
      c.metadataNeeded = true;
      return 'will refresh metadata and fetch again';
    case 'LeaveGroup':
      return 'no matter: it was leaving';
  }
}

/** A request that will never be answered (closed connection or request.timeout.ms). */
export function failRequest(state: SimState, c: ConsumerState, requestId: number, error: 'NETWORK_EXCEPTION' | 'REQUEST_TIMED_OUT'): RowText | null {
  if (c.life === 'stopped' || c.life === 'crashed') return null;
  const req = takeRequest(state, c, requestId);
  if (!req) return null;
  if (c.life === 'closing' && req.purpose !== 'close') return null;
  connectionFailed(state, c, req.broker);
  const action = error === 'REQUEST_TIMED_OUT'
    ? `No answer to ${req.kind} from broker ${req.broker} within request.timeout.ms`
    : `Connection to broker ${req.broker} closed before it answered ${req.kind}`;
  return { component: `Consumer ${c.id}`, action, messageState: error, output: failureNote(state, c, req, requestId, error) };
}

const COORDINATOR_REQUESTS = new Set(['JoinGroup', 'SyncGroup', 'Heartbeat', 'OffsetCommit', 'OffsetFetch', 'LeaveGroup']);

/** markCoordinatorUnknown: the coordinator connection is dropped; its pending requests fail. */
export function disconnectCoordinator(state: SimState, c: ConsumerState): string[] {
  const broker = c.coordinator;
  c.coordinator = null;
  const notes: string[] = [];
  for (const [id, r] of Object.entries(c.inFlight)) {
    if (r.broker !== broker || !COORDINATOR_REQUESTS.has(r.kind)) continue;
    const row = failRequest(state, c, Number(id), 'NETWORK_EXCEPTION');
    if (row) notes.push(`${r.kind}: ${row.output}`);
  }
  return notes;
}
