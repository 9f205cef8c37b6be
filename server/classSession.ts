// One class session on the relay: the snapshot the teacher's updates fold into (so late joiners and
// reconnects catch up), who is connected, and the answers to the question asked.
import type { WebSocket } from 'ws';
import { applyUpdate, type FromRelay, type SessionSnapshot, type Tally, type TeacherUpdate } from '../src/session/protocol';

/** A page that cannot keep up (this much unsent) is dropped; it reconnects and catches up. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

export class ClassSession {
  readonly teachers = new Set<WebSocket>();
  readonly students = new Set<WebSocket>();
  /** One answer per student page to the question asked now. */
  private answers = new Map<WebSocket, string>();
  /** Frames sent out, for the relay's stats. */
  sent = 0;

  constructor(
    readonly id: string,
    readonly secret: string,
    public snapshot: SessionSnapshot,
    public lastActivityMs: number,
  ) {}

  /** Folds the update in and relays it to everyone else in the session. */
  update(update: TeacherUpdate, from: WebSocket): void {
    this.snapshot = applyUpdate(this.snapshot, update);
    if (update.t === 'ask' || update.t === 'source') this.answers.clear();
    const frame = JSON.stringify({ t: 'update', update } satisfies FromRelay);
    for (const ws of this.students) this.send(ws, frame);
    for (const ws of this.teachers) if (ws !== from) this.send(ws, frame);
  }

  /** False when there is no such question or option: the answer is not relayed. */
  answer(from: WebSocket, questionId: string, optionId: string): boolean {
    const q = this.snapshot.question;
    if (!q || q.id !== questionId || this.snapshot.reveal || !q.options.some((o) => o.id === optionId)) return false;
    this.answers.set(from, optionId);
    this.toTeachers({ t: 'tally', tally: this.tally()! });
    return true;
  }

  tally(): Tally | null {
    const q = this.snapshot.question;
    if (!q) return null;
    const counts: Record<string, number> = Object.fromEntries(q.options.map((o) => [o.id, 0]));
    for (const optionId of this.answers.values()) counts[optionId]++;
    return { questionId: q.id, answers: this.answers.size, counts };
  }

  leave(ws: WebSocket): void {
    this.teachers.delete(ws);
    if (this.students.delete(ws)) {
      this.answers.delete(ws);
      this.toTeachers({ t: 'following', students: this.students.size });
    }
  }

  toTeachers(message: FromRelay): void {
    const frame = JSON.stringify(message);
    for (const ws of this.teachers) this.send(ws, frame);
  }

  /** Tells every page the session is over; the relay forgets it. */
  end(reason: string): void {
    const frame = JSON.stringify({ t: 'ended', reason } satisfies FromRelay);
    for (const ws of [...this.teachers, ...this.students]) this.send(ws, frame);
    this.teachers.clear();
    this.students.clear();
    this.answers.clear();
  }

  send(ws: WebSocket, frame: string): void {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      ws.terminate();
      return;
    }
    ws.send(frame);
    this.sent++;
  }
}
