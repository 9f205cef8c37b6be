// The relay started in-process on an ephemeral port, driven by real WebSocket clients: the teacher
// drives, students follow, and junk, forged, oversized and too-frequent messages are dropped,
// counted and never relayed.
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, lessonSnapshot, startTestRelay, TestPage, type TestRelay } from './relayTestkit';

let relay: TestRelay;
const pages: TestPage[] = [];
afterEach(async () => {
  for (const p of pages.splice(0)) p.close();
  await relay?.close();
});

async function page(): Promise<TestPage> {
  const p = await TestPage.open(relay.url);
  pages.push(p);
  return p;
}

/** A teacher with an open session and one student following it. */
async function classroom() {
  const teacher = await page();
  teacher.send({ t: 'open', snapshot: lessonSnapshot() });
  const { sessionId, secret } = await teacher.next('opened');
  const student = await page();
  student.send({ t: 'join', sessionId });
  await student.next('welcome');
  await teacher.next('following');
  return { teacher, student, sessionId, secret };
}

const step = (n: number) => ({ t: 'update' as const, update: { t: 'step' as const, step: n } });

describe('class relay', () => {
  it('relays the teacher to students, and a late joiner catches up on the whole log', async () => {
    relay = await startTestRelay();
    const { teacher, student, sessionId } = await classroom();
    const intervention = { step: 12, action: { do: 'crashBroker', broker: 1 } };
    teacher.send({ t: 'update', update: { t: 'intervene', intervention } });
    teacher.send(step(13));
    expect((await student.next('update')).update).toEqual({ t: 'intervene', intervention });
    expect((await student.next('update')).update).toEqual({ t: 'step', step: 13 });

    const late = await page();
    late.send({ t: 'join', sessionId });
    const welcome = await late.next('welcome');
    expect(welcome.role).toBe('student');
    expect(welcome.snapshot.interventions).toEqual([intervention]);
    expect(welcome.snapshot.step).toBe(13);
  });

  it('gives a reloaded teacher the session back with the secret, and never without it', async () => {
    relay = await startTestRelay();
    const { sessionId, secret } = await classroom();
    expect(sessionId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(secret).not.toContain(sessionId);

    const impostor = await page();
    impostor.send({ t: 'teach', sessionId, secret: 'A'.repeat(43) });
    await eventually(() => relay.relay.stats().dropped.forged === 1);
    impostor.send(step(99));
    await eventually(() => relay.relay.stats().dropped.forged === 2);

    const reloaded = await page();
    reloaded.send({ t: 'teach', sessionId, secret });
    const welcome = await reloaded.next('welcome');
    expect(welcome.role).toBe('teacher');
    expect(welcome.snapshot.source).toEqual(lessonSnapshot().source);
  });

  it('drops what students send to drive the class, and relays nothing of it', async () => {
    relay = await startTestRelay();
    const { teacher, student, sessionId } = await classroom();
    const other = await page();
    other.send({ t: 'join', sessionId });
    await other.next('welcome');

    student.send(step(500));
    student.send({ t: 'update', update: { t: 'source', source: { kind: 'default', seed: 1 } } });
    student.send({ t: 'end' });
    student.send({ t: 'open', snapshot: lessonSnapshot() });
    await eventually(() => relay.relay.stats().dropped.forged === 4);

    teacher.send(step(3));
    expect((await other.next('update')).update).toEqual({ t: 'step', step: 3 });
    expect(other.received.filter((m) => m.t === 'update' || m.t === 'ended')).toEqual([]);
  });

  it('drops junk, keeps the connection and keeps relaying', async () => {
    relay = await startTestRelay();
    const { teacher, student } = await classroom();
    const junk = [
      'not json',
      '{"t":',
      '42',
      'null',
      JSON.stringify({ t: 'update' }),
      JSON.stringify({ t: 'update', update: { t: 'step', step: -1 } }),
      JSON.stringify({ t: 'update', update: { t: 'step', step: 3, extra: true } }),
      JSON.stringify({ t: 'update', update: { t: 'source', source: { kind: 'lesson', lessonId: '../../etc', seed: 1 } } }),
      JSON.stringify({ t: 'update', update: { t: 'intervene', intervention: { step: 1, action: { do: 'crash broker' } } } }),
      JSON.stringify({ __proto__: { t: 'end' } }),
    ];
    for (const frame of junk) teacher.send(frame);
    teacher.send(Buffer.from([0, 1, 2, 3]));
    await eventually(() => relay.relay.stats().dropped.junk === junk.length + 1);

    teacher.send(step(8));
    expect((await student.next('update')).update).toEqual({ t: 'step', step: 8 });
    expect(student.received).toEqual([]);
  });

  it('drops oversized frames; a huge one closes only its own connection', async () => {
    relay = await startTestRelay({ maxMessageBytes: 2000 });
    const { teacher, student } = await classroom();
    const big = { t: 'update', update: { t: 'ask', question: { id: 'q', prompt: 'x'.repeat(1990), options: [{ id: 'A', label: 'a' }, { id: 'B', label: 'b' }] } } };
    teacher.send(JSON.stringify(big));
    await eventually(() => relay.relay.stats().dropped.oversized === 1);
    teacher.send(step(2));
    expect((await student.next('update')).update).toEqual({ t: 'step', step: 2 });
    expect(student.received).toEqual([]);

    const flood = await page();
    flood.send('x'.repeat(20_000));
    await eventually(() => flood.closed && relay.relay.stats().dropped.oversized === 2);
    teacher.send(step(4));
    expect((await student.next('update')).update).toEqual({ t: 'step', step: 4 });
  });

  it('drops messages over the rate limit of a connection', async () => {
    relay = await startTestRelay({ ratePerSecond: 1, burst: 5 });
    const { teacher, student } = await classroom();
    for (let i = 1; i <= 40; i++) teacher.send(step(i));
    await eventually(() => relay.relay.stats().dropped.rateLimited >= 30);
    await student.next('update');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(student.received.length).toBeLessThan(6);
  });

  it('counts answers for the teacher only, refuses forged ones, and reveals to everyone', async () => {
    relay = await startTestRelay();
    const { teacher, student, sessionId } = await classroom();
    const other = await page();
    other.send({ t: 'join', sessionId });
    await other.next('welcome');
    const question = { id: 'hw-1', prompt: 'Where is the high watermark?', options: ['A', 'B', 'C'].map((id) => ({ id, label: `option ${id}` })) };
    teacher.send({ t: 'update', update: { t: 'ask', question } });
    await student.next('update');
    await other.next('update');

    student.send({ t: 'answer', questionId: 'hw-1', optionId: 'B' });
    expect((await teacher.next('tally')).tally).toEqual({ questionId: 'hw-1', answers: 1, counts: { A: 0, B: 1, C: 0 } });
    other.send({ t: 'answer', questionId: 'hw-1', optionId: 'Z' });
    other.send({ t: 'answer', questionId: 'other', optionId: 'A' });
    teacher.send({ t: 'answer', questionId: 'hw-1', optionId: 'A' });
    await eventually(() => relay.relay.stats().dropped.forged === 3);
    other.send({ t: 'answer', questionId: 'hw-1', optionId: 'C' });
    expect((await teacher.next('tally')).tally.counts).toEqual({ A: 0, B: 1, C: 1 });
    expect(student.received.some((m) => m.t === 'tally')).toBe(false);

    const reveal = { questionId: 'hw-1', answerId: 'C', reason: 'It is the smallest LEO in the ISR.' };
    teacher.send({ t: 'update', update: { t: 'reveal', reveal } });
    expect((await other.next('update')).update).toEqual({ t: 'reveal', reveal });
  });

  it('ends a session when the teacher ends it, or after a quiet hour', async () => {
    let clock = 0;
    relay = await startTestRelay({ now: () => clock, quietMs: 60 * 60 * 1000, sweepMs: 20 });
    const first = await classroom();
    first.teacher.send({ t: 'end' });
    expect((await first.student.next('ended')).reason).toMatch(/teacher ended/);

    const second = await classroom();
    clock += 60 * 60 * 1000;
    expect((await second.student.next('ended')).reason).toMatch(/hour/);
    const late = await page();
    late.send({ t: 'join', sessionId: second.sessionId });
    await late.next('ended');
    expect(relay.relay.stats().sessions).toBe(0);
  });
});
