// Quiz answers are checked against the engine itself: the row, the event or the view that proves
// each answer, never a hand-written expectation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { partitionForKey } from '../../../engine/rules/kafka/murmur2';
import { defaultScenarioFile } from '../../defaultScenario';
import { findLesson, lessons } from '../../index';
import { lessonRun, parsed } from '../../lessonRun.testkit';
import type { Lesson, QuizSpec } from '../../types';
import { playRun } from '../lessonRun';
import { defaultQuizSpecs, generateQuestion, generateQuiz } from './generateQuiz';
import { gradeAnswer } from './grade';
import type { QuizQuestion } from './types';

const answer = (q: QuizQuestion) => q.options.find((o) => o.id === q.answerId)!.label;
const lesson = (id: string) => findLesson(id) as Lesson;

/** Every question of one kind across the built-in lessons, with its spec and run. */
function questionsOf<K extends QuizSpec['kind']>(kind: K) {
  return lessons.flatMap((l) =>
    l.quiz.flatMap((spec, i) => {
      if (spec.kind !== kind) return [];
      const run = lessonRun(l);
      const q = generateQuestion(run, spec, i);
      return q ? [{ lesson: l, spec: spec as Extract<QuizSpec, { kind: K }>, q, run }] : [];
    }),
  );
}

describe('generated answers agree with the engine', () => {
  it("'stored at step' points at the RecordAppended row of that record", () => {
    const cases = questionsOf('storedAt');
    expect(cases.length).toBeGreaterThan(3);
    for (const { spec, q, run } of cases) {
      const step = Number(answer(q).replace('Step ', ''));
      expect(step).toBe(q.stopBeforeStep);
      expect(run.events.some((e) => e.step === step && e.type === 'RecordAppended')).toBe(true);
      expect(run.rows[step - 1].action).toContain(`Appended '${spec.value}'`);
    }
  });

  it("'which partition' equals murmur2 partitionForKey and where the producer really sent the key", () => {
    const cases = questionsOf('partitionForKey');
    expect(cases.length).toBeGreaterThan(2);
    for (const { spec, q, run } of cases) {
      const count = run.finalView.partitions.filter((p) => p.topic === spec.topic).length;
      expect(answer(q)).toBe(`${spec.topic}-${partitionForKey(spec.key, count)}`);
      const sends = run.finalView.producers.flatMap((p) => p.sends).filter((s) => s.topic === spec.topic && s.key === spec.key);
      expect(sends.length).toBeGreaterThan(0);
      for (const s of sends) expect(`${s.topic}-${s.partition}`).toBe(answer(q));
    }
  });

  it("'which broker leads after the crash' is the leader the view shows once the decisive step has played", () => {
    const cases = questionsOf('leaderAfterCrash');
    expect(cases.length).toBeGreaterThan(1);
    for (const { spec, q, run } of cases) {
      const at = (step: number) => run.viewAt(step).partitions.find((p) => p.topic === spec.topic && p.partition === spec.partition)!;
      const stop = q.stopBeforeStep as number;
      const leader = at(stop).leader;
      expect(answer(q)).toBe(leader === null ? `No broker: ${spec.topic}-${spec.partition} goes offline` : `Broker ${leader}`);
      expect(at(stop - 1).leader).not.toBe(at(stop).leader);
    }
    expect(answer(questionsOf('leaderAfterCrash')[0].q)).toBe('Broker 2');
  });

  it("'what is the high watermark' is the view's high watermark after the decisive step", () => {
    for (const { spec, q, run } of questionsOf('highWatermark')) {
      const p = run.viewAt(q.stopBeforeStep as number).partitions.find((x) => x.topic === spec.topic && x.partition === spec.partition)!;
      expect(Number(answer(q))).toBe(p.highWatermark);
    }
  });

  it('send outcomes match the producer view', () => {
    for (const { spec, q, run } of questionsOf('sendOutcome')) {
      const send = run.finalView.producers.find((p) => p.id === spec.producer)!.sends.find((s) => s.value === spec.value)!;
      const expected = send.status === 'failed' ? /fails/ : send.offset === -1 ? /without any answer/ : /acknowledgement/;
      expect(answer(q)).toMatch(expected);
    }
  });

  it("the lost write of 'order-3' is decided at the step the anomaly checker reports it", () => {
    const run = lessonRun(lesson('break-a-broker'));
    const q = generateQuestion(run, { kind: 'recordSurvives', producer: 'p1', value: 'order-3' }) as QuizQuestion;
    expect(answer(q)).toMatch(/^No/);
    const lost = run.finalView.anomalies.find((a) => a.kind === 'lost-write')!;
    expect(q.stopBeforeStep).toBe(lost.step);
    expect(q.reason).toContain('lost write');
  });

  it('committed and resume offsets are the ones the group coordinator and the consumer report', () => {
    for (const { spec, q, run } of questionsOf('committedOffset')) {
      const e = run.events.find((x) => x.step === q.stopBeforeStep && x.type === 'OffsetsCommitted' && x.topic === spec.topic && x.partition === spec.partition)!;
      expect(Number(answer(q))).toBe(e.offset);
    }
    const resumes = questionsOf('resumeOffset');
    expect(resumes.length).toBeGreaterThan(3);
    for (const { spec, q, run } of resumes) {
      const c = run.viewAt(q.stopBeforeStep as number).consumers.find((x) => x.id === spec.consumer)!;
      expect(Number(answer(q))).toBe(c.positions.find((p) => p.topic === spec.topic && p.partition === spec.partition)!.offset);
    }
  });

  it('at-least-once resumes at 3 and at-most-once at 6 after the same crash', () => {
    const run = lessonRun(lesson('offsets-and-replay'));
    const resume = (consumer: string) => answer(generateQuestion(run, { kind: 'resumeOffset', consumer, topic: 'payments', partition: 0, after: { type: 'ConsumerCrashed', consumer } }) as QuizQuestion);
    expect([resume('careful'), resume('hasty')]).toEqual(['3', '6']);
  });

  it('the log start offset is where retention moved it, and the owner of a partition is the one the group shows', () => {
    for (const { q, run } of questionsOf('logStartOffset')) {
      expect(Number(answer(q))).toBe(run.events.find((e) => e.step === q.stopBeforeStep && e.type === 'SegmentsDeleted')!.offset);
    }
    for (const { spec, q, run } of questionsOf('assignedConsumer')) {
      const g = run.viewAt(q.stopBeforeStep as number).groups.find((x) => x.groupId === spec.groupId)!;
      const owner = g.members.find((m) => m.assignment.some((a) => a.topic === spec.topic && a.partition === spec.partition));
      expect(answer(q)).toBe(owner?.id ?? 'Nobody: it is unassigned');
    }
  });
});

describe('gradeAnswer', () => {
  const q = generateQuiz(lessonRun(lesson('first-message')), lesson('first-message').quiz)[0];

  it('says "Correct" with the reason for the answer', () => {
    expect(gradeAnswer(q, q.answerId)).toEqual({ correct: true, feedback: `Correct — ${q.reason}` });
  });

  it('says "Not quite", names the answer and gives the reason otherwise', () => {
    const wrong = q.options.find((o) => o.id !== q.answerId)!;
    const grade = gradeAnswer(q, wrong.id);
    expect(grade.correct).toBe(false);
    expect(grade.feedback.startsWith('Not quite — ')).toBe(true);
    expect(grade.feedback).toContain(answer(q));
    expect(grade.feedback).toContain(q.reason);
    expect(gradeAnswer(q, 'Z').correct).toBe(false);
  });
});

describe("a teacher's own scenario", () => {
  it('gets questions chosen from its run, the same ones every time', () => {
    const run = playRun(parsed(defaultScenarioFile));
    const kinds = defaultQuizSpecs(run).map((s) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(['storedAt', 'partitionForKey', 'highWatermark', 'assignedConsumer']));
    const quiz = generateQuiz(run);
    expect(quiz.length).toBe(kinds.length);
    expect(generateQuiz(playRun(parsed(defaultScenarioFile)))).toEqual(quiz);
  });

  it('with a crash gets a leader question', () => {
    const file = JSON.parse(readFileSync('scenarios/reference/f1-acks1-loss.json', 'utf8'));
    const quiz = generateQuiz(playRun(parsed(file)));
    const q = quiz.find((x) => x.kind === 'leaderAfterCrash')!;
    expect(answer(q)).toBe('Broker 2');
  });

  it('leaves out questions the run cannot answer', () => {
    const run = lessonRun(lesson('first-message'));
    expect(generateQuestion(run, { kind: 'storedAt', value: 'never sent' })).toBeNull();
    expect(generateQuestion(run, { kind: 'leaderAfterCrash', topic: 'topic1', partition: 0, broker: 1 })).toBeNull();
    expect(generateQuiz(run, [{ kind: 'logStartOffset', topic: 'topic1', partition: 0 }])).toEqual([]);
  });
});
