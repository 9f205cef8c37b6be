// The store's one queue of requests to the engine worker. It knows what each request in flight
// was for (by id), so any answer, an error included, settles the right count: how many requests
// that move the run are in flight (playback waits on it), a seek that waits for them (only the
// newest is kept: dragging the slider sends one seek per answer, not one per pixel), whether the
// tracker's views are being fetched, and the table's row and filter fetches, which never hold up
// playback.
import type { ToEngineBody } from '../protocol/messages';

/** What a request was for. */
export type RequestKind = 'move' | 'load' | 'trackerViews' | 'rows' | 'filter';

type Sender = (body: ToEngineBody) => number;

export interface RequestQueue {
  /** Requests that move the run (or load one) and are not answered yet. */
  readonly moving: number;
  readonly fetchingTrackerViews: boolean;
  readonly filtering: boolean;
  /** A request that moves the run (step, seek, intervene) or loads one. */
  move(body: ToEngineBody): void;
  /** A seek to `step`: sent now when nothing moves, else kept (the newest only) until the answers are in. */
  seek(step: number, body: (step: number) => ToEngineBody): void;
  /** The tracker's views at `steps`: one fetch at a time, and only while nothing moves. */
  fetchTrackerViews(body: ToEngineBody): boolean;
  /** Row blocks for the table: never counted as moving. */
  fetchRows(body: ToEngineBody): void;
  /** One filter slice at a time; false when one is already being scanned. */
  filter(body: ToEngineBody): boolean;
  /**
   * An answer arrived for request `replyTo` (`final`: the request is done; a load gets two answers).
   * Returns what it was for (undefined: not ours, e.g. a restart's replay), and sends the waiting
   * seek once nothing moves.
   */
  answered(replyTo: number, final?: boolean): RequestKind | undefined;
  /** The worker died: nothing in flight will be answered. */
  reset(): void;
}

export function createRequestQueue(send: Sender): RequestQueue {
  const inFlight = new Map<number, RequestKind>();
  let moving = 0;
  let trackerViews = false;
  let filtering = false;
  let waitingSeek: (() => ToEngineBody) | null = null;

  const post = (kind: RequestKind, body: ToEngineBody) => {
    if (kind === 'move' || kind === 'load') moving++;
    if (kind === 'trackerViews') trackerViews = true;
    if (kind === 'filter') filtering = true;
    inFlight.set(send(body), kind);
  };

  return {
    get moving() {
      return moving;
    },
    get fetchingTrackerViews() {
      return trackerViews;
    },
    get filtering() {
      return filtering;
    },
    move: (body) => post(body.type === 'load' ? 'load' : 'move', body),
    seek(step, body) {
      // The body is made when it is sent: it names the rows held by then.
      if (moving > 0) waitingSeek = () => body(step);
      else post('move', body(step));
    },
    fetchTrackerViews(body) {
      if (trackerViews || moving > 0 || waitingSeek) return false;
      post('trackerViews', body);
      return true;
    },
    fetchRows: (body) => post('rows', body),
    filter(body) {
      if (filtering) return false;
      post('filter', body);
      return true;
    },
    answered(replyTo, final = true) {
      const kind = inFlight.get(replyTo);
      if (kind === undefined || !final) return kind;
      inFlight.delete(replyTo);
      if (kind === 'move' || kind === 'load') moving = Math.max(0, moving - 1);
      if (kind === 'trackerViews') trackerViews = false;
      if (kind === 'filter') filtering = false;
      if (moving === 0 && waitingSeek) {
        const seek = waitingSeek;
        waitingSeek = null;
        post('move', seek());
      }
      return kind;
    },
    reset() {
      inFlight.clear();
      moving = 0;
      trackerViews = false;
      filtering = false;
      waitingSeek = null;
    },
  };
}
