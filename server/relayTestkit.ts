// Test helpers: a relay on an ephemeral port in this process, and WebSocket pages that queue what
// they receive, so a test can await the next message or check that nothing else arrived.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket } from 'ws';
import type { FromRelay, SessionSnapshot, ToRelay } from '../src/session/protocol';
import { attachRelay, type Relay, type RelayOptions } from './relay';

export interface TestRelay {
  relay: Relay;
  url: string;
  close(): Promise<void>;
}

export async function startTestRelay(options: RelayOptions = {}): Promise<TestRelay> {
  const server = createServer();
  const relay = attachRelay(server, options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    relay,
    url: `ws://127.0.0.1:${port}/class`,
    close: async () => {
      await relay.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export class TestPage {
  readonly received: FromRelay[] = [];
  private waiters: (() => void)[] = [];
  closed = false;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.received.push(JSON.parse(String(data)) as FromRelay);
      for (const wake of this.waiters.splice(0)) wake();
    });
    ws.on('close', () => {
      this.closed = true;
      for (const wake of this.waiters.splice(0)) wake();
    });
    ws.on('error', () => {});
  }

  static async open(url: string): Promise<TestPage> {
    const ws = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new TestPage(ws);
  }

  send(message: ToRelay | string | Buffer): void {
    this.ws.send(typeof message === 'string' || Buffer.isBuffer(message) ? message : JSON.stringify(message));
  }

  /** Resolves with (and consumes) the first queued message of that type. */
  async next<T extends FromRelay['t']>(type: T, timeoutMs = 3000): Promise<Extract<FromRelay, { t: T }>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.received.findIndex((m) => m.t === type);
      if (i >= 0) return this.received.splice(i, 1)[0] as Extract<FromRelay, { t: T }>;
      if (this.closed || Date.now() > deadline) throw new Error(`no "${type}" message arrived (got ${JSON.stringify(this.received)})`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  close(): void {
    this.ws.close();
  }
}

export const lessonSnapshot = (): SessionSnapshot => ({
  source: { kind: 'lesson', lessonId: 'first-message', seed: 7 },
  interventions: [],
  step: 0,
  question: null,
  reveal: null,
});

/** Waits until `check` holds (the relay counts drops asynchronously to the sender). */
export async function eventually(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('the condition never held');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
