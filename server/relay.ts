// The class relay: WebSocket connections on one path of an HTTP server. A teacher's page opens a
// session and drives it; student pages join and receive the teacher's updates. Every frame is
// parsed with the zod schemas of src/session/protocol.ts; anything that is not a valid message
// for the sender's role (junk, forged, oversized, too frequent) is dropped and counted, never
// relayed, and never throws out of a handler.
import type { Server } from 'node:http';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import { type FromRelay, MAX_MESSAGE_BYTES, parseFrame, type ToRelay, toRelaySchema } from '../src/session/protocol';
import { ClassSession } from './classSession';
import { newSessionId, newTeacherSecret, sameSecret } from './ids';
import { type RateLimit, tokenBucket } from './rateLimit';

export const RELAY_PATH = '/class';
export const QUIET_HOUR_MS = 60 * 60 * 1000;

export interface RelayOptions {
  path?: string;
  maxMessageBytes?: number;
  ratePerSecond?: number;
  burst?: number;
  /** A session whose teacher sent nothing for this long ends. */
  quietMs?: number;
  maxSessions?: number;
  /** How often quiet sessions are looked for. */
  sweepMs?: number;
  /** How often connections are pinged (a silent one is dropped at the next ping). */
  pingMs?: number;
  now?: () => number;
}

export type DropReason = 'junk' | 'forged' | 'oversized' | 'rateLimited';

export interface RelayStats {
  connections: number;
  sessions: number;
  received: number;
  sent: number;
  dropped: Record<DropReason, number>;
}

export interface Relay {
  stats(): RelayStats;
  close(): Promise<void>;
}

interface Peer {
  role: 'teacher' | 'student' | null;
  session: ClassSession | null;
  limit: RateLimit;
}

export function attachRelay(server: Server, options: RelayOptions = {}): Relay {
  const now = options.now ?? Date.now;
  const maxBytes = options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  const quietMs = options.quietMs ?? QUIET_HOUR_MS;
  const maxSessions = options.maxSessions ?? 1000;
  const sessions = new Map<string, ClassSession>();
  const dropped: Record<DropReason, number> = { junk: 0, forged: 0, oversized: 0, rateLimited: 0 };
  let received = 0;
  let endedSent = 0;
  // Frames far over the limit are refused by ws itself (it closes that connection), so a huge
  // frame is never buffered whole; frames just over it are dropped here and the page stays.
  const wss = new WebSocketServer({ server, path: options.path ?? RELAY_PATH, maxPayload: maxBytes * 4 });
  const peers = new Map<WebSocket, Peer>();

  const reply = (ws: WebSocket, message: FromRelay) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  const drop = (why: DropReason) => {
    dropped[why]++;
  };

  function endSession(session: ClassSession, reason: string): void {
    session.end(reason);
    endedSent += session.sent;
    sessions.delete(session.id);
    for (const peer of peers.values()) if (peer.session === session) Object.assign(peer, { session: null, role: null });
  }

  function greet(ws: WebSocket, peer: Peer, msg: ToRelay) {
    if (msg.t === 'open') {
      if (sessions.size >= maxSessions) return reply(ws, { t: 'refused', reason: 'This relay holds as many class sessions as it can.' });
      const session = new ClassSession(newSessionId(), newTeacherSecret(), msg.snapshot, now());
      sessions.set(session.id, session);
      session.teachers.add(ws);
      Object.assign(peer, { role: 'teacher', session });
      return reply(ws, { t: 'opened', sessionId: session.id, secret: session.secret });
    }
    if (msg.t !== 'teach' && msg.t !== 'join') return drop('forged');
    const session = sessions.get(msg.sessionId);
    if (!session) {
      drop('forged');
      return reply(ws, { t: 'ended', reason: 'This class session has ended.' });
    }
    if (msg.t === 'teach' && !sameSecret(msg.secret, session.secret)) return drop('forged');
    const role = msg.t === 'teach' ? 'teacher' : 'student';
    (role === 'teacher' ? session.teachers : session.students).add(ws);
    Object.assign(peer, { role, session });
    if (role === 'teacher') session.lastActivityMs = now();
    reply(ws, { t: 'welcome', role, snapshot: session.snapshot, tally: role === 'teacher' ? session.tally() : null });
    session.toTeachers({ t: 'following', students: session.students.size });
  }

  function handle(ws: WebSocket, peer: Peer, msg: ToRelay) {
    if (!peer.session) return greet(ws, peer, msg);
    const session = peer.session;
    if (msg.t === 'answer' && peer.role === 'student') {
      if (!session.answer(ws, msg.questionId, msg.optionId)) drop('forged');
      return;
    }
    // Only the teacher drives: anything else from a student, or a second greeting, is forged.
    if (peer.role !== 'teacher' || (msg.t !== 'update' && msg.t !== 'end')) return drop('forged');
    session.lastActivityMs = now();
    if (msg.t === 'end') return endSession(session, 'The teacher ended the class session.');
    session.update(msg.update, ws);
  }

  function onFrame(ws: WebSocket, peer: Peer, data: RawData, isBinary: boolean) {
    received++;
    const bytes = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : data.byteLength;
    if (bytes > maxBytes) return drop('oversized');
    if (!peer.limit.take(now())) return drop('rateLimited');
    if (isBinary) return drop('junk');
    const parsed = parseFrame(toRelaySchema, Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(data as Buffer[]).toString('utf8'));
    if (!parsed.ok) return drop(parsed.why);
    handle(ws, peer, parsed.message);
  }

  wss.on('connection', (ws) => {
    const peer: Peer = { role: null, session: null, limit: tokenBucket(options.ratePerSecond ?? 30, options.burst ?? 60, now()) };
    peers.set(ws, peer);
    (ws as WebSocket & { alive?: boolean }).alive = true;
    ws.on('pong', () => ((ws as WebSocket & { alive?: boolean }).alive = true));
    ws.on('message', (data, isBinary) => {
      try {
        onFrame(ws, peer, data, isBinary);
      } catch (error) {
        // A bug of ours must not take the relay down with every class on it.
        console.error('relay: a message could not be handled:', error);
        drop('junk');
      }
    });
    ws.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') drop('oversized');
      else drop('junk');
    });
    ws.on('close', () => {
      peer.session?.leave(ws);
      peers.delete(ws);
    });
  });
  wss.on('error', (error) => console.error('relay:', error.message));

  // Every 30 s: drop connections that stopped answering pings. Sessions that went quiet end.
  const pinger = setInterval(() => {
    for (const ws of peers.keys()) {
      const w = ws as WebSocket & { alive?: boolean };
      if (w.alive === false) w.terminate();
      else {
        w.alive = false;
        w.ping();
      }
    }
  }, options.pingMs ?? 30_000);
  const sweep = setInterval(
    () => {
      for (const session of sessions.values()) if (now() - session.lastActivityMs >= quietMs) endSession(session, 'The class session ended after an hour without the teacher.');
    },
    options.sweepMs ?? 60_000,
  );
  pinger.unref();
  sweep.unref();

  return {
    stats: () => ({
      connections: peers.size,
      sessions: sessions.size,
      received,
      sent: endedSent + [...sessions.values()].reduce((n, s) => n + s.sent, 0),
      dropped: { ...dropped },
    }),
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(sweep);
        clearInterval(pinger);
        for (const session of [...sessions.values()]) endSession(session, 'The relay is shutting down.');
        for (const ws of peers.keys()) ws.terminate();
        wss.close(() => resolve());
      }),
  };
}
