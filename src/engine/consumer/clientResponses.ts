// Answers arriving at a consumer, and requests that failed (closed connection, request timeout).
// Each is matched to the request table first: an answer to a forgotten request is late and ignored.
import { emit, type Played } from '../core/context';
import type { ClientNote, RequestNote } from '../clientNotes';
import type { EngineEventInput } from '../rowEvents';
import type { ConsumerMessageDropReason } from '../wireRowEvents';
import type { SimState } from '../core/state';
import { handleCommitResult, handleOffsetFetchResult } from './clientCommit';
import { handleFetchResult, handleListOffsetsResult, handleMetadataResult, handleValidationResult, pump } from './clientFetch';
import { abandonJoin, handleFindCoordinatorResult, handleHeartbeatResult, handleJoinResult, handleSyncResult, sendJoin } from './clientGroup';
import { connectionFailed, connectionWorked, takeRequest } from './clientNet';
import { finishClose } from './consumerLifecycle';
import type { ClientRequest, ConsumerState } from './consumerState';
import type { Wire } from '../core/wire';
import { continueAfterCommit, returnIfWaiting } from './pollLoop';

/** What reaches a consumer: an answer, or a closed connection. */
export type ClientBound = Wire<'ConnectionClosed' | 'MetadataResponse' | 'FindCoordinatorResponse' | 'FetchResponse' | 'ListOffsetsResponse' | 'OffsetsForLeaderEpochResponse' | 'JoinGroupResponse' | 'SyncGroupResponse' | 'HeartbeatResponse' | 'LeaveGroupResponse' | 'OffsetCommitResponse' | 'OffsetFetchResponse'>;
type Answer = Exclude<ClientBound, { type: 'ConnectionClosed' }>;

/** Positions and fetches move on while the application is inside poll(), not while it processes. */
function pumpIfPolling(state: SimState, c: ConsumerState): RequestNote[] {
  return c.life === 'running' && c.app.phase === 'polling' ? pump(state, c) : [];
}

/** What the application does once a commit it waited for is answered. */
function commitDone(state: SimState, c: ConsumerState, req: ClientRequest, requestId: number, answered: ClientNote): ClientNote[] {
  if (req.purpose === 'close') return [answered, { kind: 'left', leftVia: finishClose(state, c) }];
  if (req.purpose === 'before-rebalance' && c.joinPrepareCommit === requestId) return [answered, ...sendJoin(state, c)];
  if (req.purpose === 'sync') {
    const next = continueAfterCommit(state, c);
    return next ? [answered, next] : [answered];
  }
  return [answered];
}

/** Takes an answer to a request still waiting; the event returned heads the step's row. */
function takeAnswer(state: SimState, c: ConsumerState, from: string, body: Answer, req: ClientRequest): EngineEventInput {
  const consumer = c.id;
  switch (body.type) {
    case 'MetadataResponse': {
      const changes = handleMetadataResult(state, c, body);
      return { type: 'ConsumerMetadataUpdated', consumer, from, changes, sent: pumpIfPolling(state, c) };
    }
    case 'FindCoordinatorResponse':
      return { type: 'FindCoordinatorResponseReceived', consumer, groupId: c.groupId, notes: handleFindCoordinatorResult(state, c, body) };
    case 'JoinGroupResponse':
      return { type: 'JoinGroupResponseReceived', consumer, groupId: c.groupId, error: body.error, notes: handleJoinResult(state, c, body) };
    case 'SyncGroupResponse':
      return { type: 'SyncGroupResponseReceived', consumer, groupId: c.groupId, error: body.error, notes: handleSyncResult(state, c, body) };
    case 'HeartbeatResponse': {
      const taken = handleHeartbeatResult(state, c, body.error);
      return { type: 'HeartbeatResponseReceived', consumer, generation: c.generation, error: body.error, taken };
    }
    case 'LeaveGroupResponse':
      return { type: 'LeaveGroupResponseReceived', consumer, error: body.error };
    case 'OffsetCommitResponse': {
      const text = handleCommitResult(state, c, req, body.error, body.offsets);
      return { type: 'OffsetCommitResponseReceived', consumer, groupId: c.groupId, error: body.error, notes: commitDone(state, c, req, body.requestId, text) };
    }
    case 'OffsetFetchResponse': {
      const result = handleOffsetFetchResult(state, c, req, body);
      return { type: 'OffsetFetchResponseReceived', consumer, result, sent: pumpIfPolling(state, c) };
    }
    case 'FetchResponse': {
      const { notes, records } = handleFetchResult(state, c, req, body);
      const returned = records > 0 ? returnIfWaiting(state, c) : null;
      return { type: 'ConsumerFetchResponseReceived', consumer, from, records, returned, notes };
    }
    case 'ListOffsetsResponse': {
      const changes = handleListOffsetsResult(state, c, req, body);
      return { type: 'ListOffsetsResponseReceived', consumer, changes, sent: pumpIfPolling(state, c) };
    }
    case 'OffsetsForLeaderEpochResponse': {
      const changes = handleValidationResult(state, c, req, body);
      return { type: 'OffsetsForLeaderEpochResponseReceived', consumer, changes, sent: pumpIfPolling(state, c) };
    }
  }
}

export function clientMessage(state: SimState, c: ConsumerState, from: string, body: ClientBound): Played {
  const dropped = (reason: ConsumerMessageDropReason): Played => {
    emit(state, { type: 'ConsumerMessageDropped', consumer: c.id, from, message: body.type, reason });
    return true;
  };
  // A stopped consumer drops what arrives; a refused delivery's notice (not seenByClient) finds
  // nothing waiting on it instead, which the row below tells.
  const gone = c.life === 'stopped' || c.life === 'crashed';
  if (gone && (body.type !== 'ConnectionClosed' || body.seenByClient)) {
    return dropped(c.life === 'stopped' ? 'stopped' : 'crashed');
  }
  if (body.type === 'ConnectionClosed') {
    // Every request the socket carried fails; the row tells the first that was still waiting.
    const failures = body.requestIds.map((id) => failPending(state, c, id, 'NETWORK_EXCEPTION'));
    const first = failures.find((f) => f !== null);
    if (!first) return dropped('nothingWaiting');
    emit(state, first);
    return true;
  }
  const req = takeRequest(state, c, body.requestId);
  if (!req) return dropped('late');
  connectionWorked(c, req.broker);
  if (c.life === 'closing' && req.purpose !== 'close') return dropped('closing');
  emit(state, takeAnswer(state, c, from, body, req));
  return true;
}

/** What the client does about a request that failed: notes, as a row tells them. */
function failureNotes(state: SimState, c: ConsumerState, req: ClientRequest, requestId: number, error: string): ClientNote[] {
  switch (req.kind) {
    case 'Metadata':
      c.metadataNeeded = true;
      return [{ kind: 'askAnotherBroker' }];
    case 'FindCoordinator':
      return [{ kind: 'askAgainAtPoll' }];
    case 'JoinGroup':
    case 'SyncGroup':
      return [abandonJoin(c, error)];
    case 'Heartbeat':
      c.coordinator = null;
      return [{ kind: 'findCoordinatorAgain' }];
    case 'OffsetCommit':
      return commitDone(state, c, req, requestId, handleCommitResult(state, c, req, error, []));
    case 'OffsetFetch':
      return handleOffsetFetchResult(state, c, req, null);
    case 'ListOffsets':
      return handleListOffsetsResult(state, c, req, null);
    case 'OffsetsForLeaderEpoch':
      return handleValidationResult(state, c, req, null);
    case 'Fetch':
      c.metadataNeeded = true;
      return [{ kind: 'refetch' }];
    case 'LeaveGroup':
      return [{ kind: 'wasLeaving' }];
  }
}

type RequestFailure = EngineEventInput & { type: 'ConsumerRequestFailed' };

/**
 * A request that will never be answered: what the client does about it, as the event of its row.
 * Not emitted here: a closed connection fails every request it carried, and only the first heads the row.
 */
function failPending(state: SimState, c: ConsumerState, requestId: number, error: 'NETWORK_EXCEPTION' | 'REQUEST_TIMED_OUT'): RequestFailure | null {
  if (c.life === 'stopped' || c.life === 'crashed') return null;
  const req = takeRequest(state, c, requestId);
  if (!req) return null;
  if (c.life === 'closing' && req.purpose !== 'close') return null;
  connectionFailed(state, c, req.broker);
  return { type: 'ConsumerRequestFailed', consumer: c.id, request: req.kind, broker: req.broker, error, notes: failureNotes(state, c, req, requestId, error) };
}

/** request.timeout.ms passed for a request (a null result: it was answered or dropped already). */
export function failRequest(state: SimState, c: ConsumerState, requestId: number, error: 'NETWORK_EXCEPTION' | 'REQUEST_TIMED_OUT'): Played | null {
  const failure = failPending(state, c, requestId, error);
  if (!failure) return null;
  emit(state, failure);
  return true;
}

const COORDINATOR_REQUESTS = new Set(['JoinGroup', 'SyncGroup', 'Heartbeat', 'OffsetCommit', 'OffsetFetch', 'LeaveGroup']);

/** markCoordinatorUnknown: the coordinator connection is dropped; its pending requests fail. */
export function disconnectCoordinator(state: SimState, c: ConsumerState): { request: string; notes: readonly ClientNote[] }[] {
  const broker = c.coordinator;
  c.coordinator = null;
  const failed: { request: string; notes: readonly ClientNote[] }[] = [];
  // A copy of the table: failing a request takes it out.
  for (const [id, r] of [...c.inFlight]) {
    if (r.broker !== broker || !COORDINATOR_REQUESTS.has(r.kind)) continue;
    const failure = failPending(state, c, id, 'NETWORK_EXCEPTION');
    if (failure) failed.push({ request: r.kind, notes: failure.notes });
  }
  return failed;
}
