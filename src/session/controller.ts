// The class session on this page, loaded only when one starts: the teacher's page opens (or after a
// reload, takes back) a session on the relay and publishes its run; a student's page joins and
// follows. The relay and the pages exchange only protocol.ts messages.
import { type ClassQuestion, type FromRelay, type SessionSnapshot, applyUpdate, type TeacherUpdate, type ToRelay } from './protocol';
import { classLinkOf, relayUrlOf, TEACHING_KEY, type Teaching } from './classParams';
import { createFollower, type Follower } from './follower';
import { createPublisher, type Publisher } from './publisher';
import { connectRelay, type RelayConnection } from './relayConnection';
import { sessionDeps } from './sessionDeps';
import { sessionSourceOf } from './sessionSource';
import { type ClassSessionState, classSessionStore, initialClassSession } from './sessionStore';

/** What the teacher's page keeps to reveal the question it asked: never sent before "Reveal answer". */
export interface AskedQuestion extends ClassQuestion {
  answerId: string;
  reason: string;
}

const ASKED_KEY = 'kafkascope.teaching.asked';

interface Live {
  conn: RelayConnection;
  follower: Follower;
  publisher: Publisher | null;
  teaching: Teaching | null;
  /** Teacher: the page reloaded and must catch up with the relay before it publishes again. */
  resuming: boolean;
  goal: SessionSnapshot | null;
}

let live: Live | null = null;
const set = (patch: Partial<ClassSessionState>) => classSessionStore.setState(patch);

function storage(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

const send = (message: ToRelay) => live?.conn.send(message) ?? false;
const baseUrl = () => `${location.origin}${location.pathname}`;

function snapshotNow(): SessionSnapshot {
  const { store, client } = sessionDeps();
  const s = store.getState();
  const interventions = (client.interventions?.() ?? []) as SessionSnapshot['interventions'];
  return { source: sessionSourceOf(s), interventions: [...interventions], step: s.currentStep, question: null, reveal: null };
}

function stop(message: string | null): void {
  live?.conn.close();
  live?.follower.dispose();
  live?.publisher?.dispose();
  live = null;
  set({ ...initialClassSession, role: classSessionStore.getState().role, connection: 'ended', message });
}

function forgetTeaching(): void {
  storage()?.removeItem(TEACHING_KEY);
  storage()?.removeItem(ASKED_KEY);
}

function publishFrom(l: Live, snapshot: SessionSnapshot): void {
  l.publisher?.dispose();
  l.publisher = createPublisher(sessionDeps(), snapshot, (update: TeacherUpdate) => {
    // Another scenario: the relay forgets the question asked about the old one, and so does this page.
    if (update.t === 'source') set({ question: null, reveal: null, tally: null });
    send({ t: 'update', update });
  });
}

async function onTeacherMessage(l: Live, m: FromRelay): Promise<void> {
  if (m.t === 'opened') {
    l.teaching = { sessionId: m.sessionId, secret: m.secret, relay: l.teaching?.relay ?? relayUrlOf(location) };
    storage()?.setItem(TEACHING_KEY, JSON.stringify(l.teaching));
    set({ connection: 'live', classLink: classLinkOf(baseUrl(), m.sessionId), message: null });
    publishFrom(l, l.goal!);
  } else if (m.t === 'welcome') {
    set({ connection: 'live', question: m.snapshot.question, reveal: m.snapshot.reveal, tally: m.tally, message: null });
    if (l.resuming) {
      // After a reload this page shows whatever its address opened: catch up with the class first.
      l.follower.setGoal(m.snapshot);
      l.follower.setActive(true);
      await l.follower.settled();
      l.follower.setActive(false);
      l.resuming = false;
    }
    if (live === l) publishFrom(l, m.snapshot);
  } else if (m.t === 'tally') set({ tally: m.tally });
  else if (m.t === 'following') set({ students: m.students });
  else if (m.t === 'ended' || m.t === 'refused') {
    forgetTeaching();
    stop(m.reason);
  }
}

function onStudentMessage(l: Live, m: FromRelay): void {
  if (m.t === 'welcome') {
    l.goal = m.snapshot;
    const same = classSessionStore.getState().question?.id === m.snapshot.question?.id;
    set({ connection: 'live', question: m.snapshot.question, reveal: m.snapshot.reveal, message: null, ...(same ? {} : { myAnswer: null }) });
    l.follower.setGoal(m.snapshot);
  } else if (m.t === 'update' && l.goal) {
    l.goal = applyUpdate(l.goal, m.update);
    if (m.update.t === 'ask') set({ question: m.update.question, reveal: null, myAnswer: null });
    if (m.update.t === 'reveal') set({ reveal: l.goal.reveal });
    if (m.update.t === 'source') set({ question: null, reveal: null, myAnswer: null });
    l.follower.setGoal(l.goal);
  } else if (m.t === 'ended' || m.t === 'refused') {
    stop(m.reason);
    // A page opened from the link of a session that is over has nothing open yet: never leave it empty.
    const { store } = sessionDeps();
    if (store.getState().status === 'empty') void store.getState().actions.open({ kind: 'default' });
  }
}

function start(role: 'teacher' | 'student', relay: string, teaching: Teaching | null, hello: () => ToRelay): Live {
  live?.conn.close();
  const follower = createFollower(sessionDeps(), (problem) => set({ message: problem, following: false }));
  set({ ...initialClassSession, role, connection: 'connecting', following: role === 'student' });
  let everUp = false;
  const l: Live = {
    follower,
    publisher: null,
    teaching,
    resuming: role === 'teacher' && teaching !== null,
    goal: null,
    conn: connectRelay(relay, {
      onOpen() {
        everUp = true;
        l.conn.send(hello());
      },
      onMessage(m) {
        if (live !== l) return;
        if (role === 'teacher') void onTeacherMessage(l, m);
        else onStudentMessage(l, m);
      },
      onDown(retryInMs) {
        if (live !== l) return;
        if (!everUp && role === 'teacher' && teaching === null) {
          stop(`The class relay did not answer at ${relay}. Start the app with "npm run classroom" to teach a class.`);
          set({ role: null });
          return;
        }
        set({ connection: 'reconnecting', message: `Connection to the class lost; trying again in ${Math.ceil(retryInMs / 1000)} s.` });
      },
    }),
  };
  live = l;
  if (role === 'student') follower.setActive(true);
  return l;
}

export function startTeaching(): void {
  const { store } = sessionDeps();
  if (store.getState().status !== 'ready') return;
  const relay = relayUrlOf(location);
  const l = start('teacher', relay, null, () => (l.teaching ? { t: 'teach', sessionId: l.teaching.sessionId, secret: l.teaching.secret } : { t: 'open', snapshot: l.goal! }));
  l.goal = snapshotNow();
}

export function resumeTeaching(teaching: Teaching): void {
  start('teacher', teaching.relay, teaching, () => ({ t: 'teach', sessionId: teaching.sessionId, secret: teaching.secret }));
  set({ classLink: classLinkOf(baseUrl(), teaching.sessionId) });
}

export function joinClass(sessionId: string): void {
  start('student', relayUrlOf(location), null, () => ({ t: 'join', sessionId }));
}

export function endSession(): void {
  send({ t: 'end' });
  forgetTeaching();
  stop(null);
  set({ role: null });
}

export function setFollowing(on: boolean): void {
  if (!live) return;
  set({ following: on });
  live.follower.setActive(on);
}

export function askTheClass(question: AskedQuestion): void {
  const { answerId, reason, ...asked } = question;
  storage()?.setItem(ASKED_KEY, JSON.stringify({ id: question.id, answerId, reason }));
  set({ tally: { questionId: question.id, answers: 0, counts: Object.fromEntries(question.options.map((o) => [o.id, 0])) } });
  send({ t: 'update', update: { t: 'ask', question: asked } });
  set({ question: asked, reveal: null });
}

export function revealAnswer(): void {
  const question = classSessionStore.getState().question;
  const asked = JSON.parse(storage()?.getItem(ASKED_KEY) ?? 'null') as { id: string; answerId: string; reason: string } | null;
  if (!question || !asked || asked.id !== question.id) return;
  const reveal = { questionId: question.id, answerId: asked.answerId, reason: asked.reason };
  send({ t: 'update', update: { t: 'reveal', reveal } });
  set({ reveal });
}

export function answerQuestion(optionId: string): void {
  const { question, reveal } = classSessionStore.getState();
  if (!question || reveal) return;
  set({ myAnswer: optionId });
  send({ t: 'answer', questionId: question.id, optionId });
}
