// What the page shows of a class session, in a small store of its own beside the app store: the
// role, the connection, the class link, whether a student follows, and the question asked. The
// session controller (controller.ts, loaded only once a session starts) is its only writer.
import { createStore } from 'zustand/vanilla';
import type { ClassQuestion, ClassReveal, Tally } from './protocol';

export type ClassRole = 'teacher' | 'student';
export type Connection = 'connecting' | 'live' | 'reconnecting' | 'ended';

export interface ClassSessionState {
  role: ClassRole | null;
  connection: Connection;
  classLink: string | null;
  /** Why the session is not (or no longer) running, in the teacher's or the student's words. */
  message: string | null;
  /** Student pages connected (the teacher's page only). */
  students: number;
  following: boolean;
  question: ClassQuestion | null;
  reveal: ClassReveal | null;
  tally: Tally | null;
  /** This student's answer to the question asked. */
  myAnswer: string | null;
}

export const initialClassSession: ClassSessionState = {
  role: null,
  connection: 'ended',
  classLink: null,
  message: null,
  students: 0,
  following: false,
  question: null,
  reveal: null,
  tally: null,
  myAnswer: null,
};

export const classSessionStore = createStore<ClassSessionState>(() => initialClassSession);
