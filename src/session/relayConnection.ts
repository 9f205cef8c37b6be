// The page's WebSocket to the class relay: every message parsed with the protocol's schemas, and
// a dropped connection retried (0.5 s, 1 s, 2 s … at most 5 s apart) until the page closes it.
import { type FromRelay, fromRelaySchema, parseFrame, type ToRelay } from './protocol';

export interface RelayConnection {
  send(message: ToRelay): boolean;
  close(): void;
}

export interface RelayHandlers {
  /** Connected (again): say who this page is. */
  onOpen(): void;
  onMessage(message: FromRelay): void;
  /** Lost; `retryInMs` until the next try. */
  onDown(retryInMs: number): void;
}

const MAX_RETRY_MS = 5000;

export function connectRelay(url: string, handlers: RelayHandlers): RelayConnection {
  let ws: WebSocket | null = null;
  let closed = false;
  let retryMs = 500;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const open = () => {
    timer = null;
    if (closed) return;
    const socket = new WebSocket(url);
    ws = socket;
    socket.addEventListener('open', () => {
      retryMs = 500;
      handlers.onOpen();
    });
    socket.addEventListener('message', (event) => {
      if (typeof event.data !== 'string') return;
      const parsed = parseFrame(fromRelaySchema, event.data);
      if (parsed.ok) handlers.onMessage(parsed.message);
    });
    socket.addEventListener('close', () => {
      if (ws !== socket || closed) return;
      ws = null;
      handlers.onDown(retryMs);
      timer = setTimeout(open, retryMs);
      retryMs = Math.min(MAX_RETRY_MS, retryMs * 2);
    });
  };
  open();

  return {
    send(message) {
      if (!ws || ws.readyState !== WebSocket.OPEN) return false;
      ws.send(JSON.stringify(message));
      return true;
    },
    close() {
      closed = true;
      if (timer !== null) clearTimeout(timer);
      ws?.close();
      ws = null;
    },
  };
}
