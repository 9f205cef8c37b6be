// Quiz answers are checked against the engine itself: the row, the event or the view that proves
// each answer, never a hand-written expectation. And no question gives its answer away.
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
const drawsOf = (q: QuizQuestion) => [q, ...(q.others ?? [])];

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

const partitionAt = (run: ReturnType<typeof lessonRun>, step: number, topic: string, partition: number) =>
  run.viewAt(step).partitions.find((p) => p.topic === topic && p.partition === partition)!;

describe('generated answers agree with the engine', () => {
  it("'which partition' equals murmur2 partitionForKey and where the producer really sent the key", () => {
    const cases = questionsOf('partitionForKey');
    expect(cases.length).toBeGreaterThan(2);
    for (const { spec, q, run } of cases) {
      const count = run.finalView.partitions.filter((p) => p.topic === spec.topic).length;
      expect(answer(q)).toBe(`${spec.topic}-${partitionForKey(spec.key, count)}`);
      const sends = run.finalView.producers.flatMap((p) => p.sends).filter((s) => s.topic === spec.topic && s.key === spec.key);
      for (const s of sends) expect(`${s.topic}-${s.partition}`).toBe(answer(q));
    }
  });

  it("'who leads after the crash' is the leader the view shows once the deciding step has played", () => {
    const cases = questionsOf('leaderAfterCrash');
    expect(cases.length).toBeGreaterThan(1);
    for (const { spec, q, run } of cases) {
      const stop = q.decidingStep as number;
      const leader = partitionAt(run, stop, spec.topic, spec.partition).leader;
      expect(answer(q)).toBe(leader === null ? `No broker: ${spec.topic}-${spec.partition} goes offline` : `Broker ${leader}`);
      expect(partitionAt(run, stop - 1, spec.topic, spec.partition).leader).not.toBe(leader);
    }
    expect(answer(cases.find((c) => c.lesson.id === 'break-a-broker')!.q)).toBe('Broker 2');
  });

  it("'what does the high watermark become' is the view's high watermark after the deciding step", () => {
    for (const { q, run } of questionsOf('highWatermark')) {
      for (const d of drawsOf(q)) {
        const tp = /^(\S+)-(\d+):/.exec(d.prompt)!;
        expect(Number(answer(d))).toBe(partitionAt(run, d.decidingStep as number, tp[1], Number(tp[2])).highWatermark);
      }
    }
  });

  it('acks=1 is answered with one copy of the record, acks=all once the whole ISR has it', () => {
    const run = lessonRun(lesson('replication-and-acks'));
    const ask = (producer: string, value: string) => generateQuestion(run, { kind: 'replicasAtAck', producer, value }) as QuizQuestion;
    expect(answer(ask('leader-only', 'a1'))).toBe('1');
    expect(answer(ask('all-replicas', 'all-1'))).toBe('3');
    // Broker 3 is down and out of the ISR: acks=all is satisfied by the two in-sync replicas.
    expect(answer(ask('all-replicas', 'all-2'))).toBe('2');
    const q = ask('leader-only', 'a1');
    expect(run.rows[(q.decidingStep as number) - 1].action).toContain("Appended 'a1'");
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
    expect(q.decidingStep).toBe(lost.step);
    expect(q.reason).toContain('lost write');
  });

  it('the ISR after its change is the one the view shows', () => {
    for (const { spec, q, run } of questionsOf('isrChange')) {
      expect(answer(q)).toBe(`{${partitionAt(run, q.decidingStep as number, spec.topic, spec.partition).isr.join(',')}}`);
    }
  });

  it('the controller notices a crashed KRaft broker after about broker.session.timeout.ms', () => {
    const q = generateQuestion(lessonRun(lesson('break-a-broker')), { kind: 'fencedAfter', broker: 1 }) as QuizQuestion;
    expect(answer(q)).toBe('About 9 s');
  });

  it('committed and resume offsets are the ones the group coordinator and the consumer report', () => {
    for (const { spec, q, run } of questionsOf('committedOffset')) {
      const e = run.events.find((x) => x.step === q.decidingStep && x.type === 'OffsetsCommitted' && x.topic === spec.topic && x.partition === spec.partition)!;
      expect(Number(answer(q))).toBe(e.offset);
    }
    const resumes = questionsOf('resumeOffset');
    expect(resumes.length).toBeGreaterThan(3);
    for (const { spec, q, run } of resumes) {
      const c = run.viewAt(q.decidingStep as number).consumers.find((x) => x.id === spec.consumer)!;
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
      expect(Number(answer(q))).toBe(run.events.find((e) => e.step === q.decidingStep && e.type === 'SegmentsDeleted')!.offset);
    }
    for (const { spec, q, run } of questionsOf('assignedConsumer')) {
      const g = run.viewAt(q.decidingStep as number).groups.find((x) => x.groupId === spec.groupId)!;
      const owner = g.members.find((m) => m.assignment.some((a) => a.topic === spec.topic && a.partition === spec.partition));
      expect(answer(q)).toBe(owner?.id ?? 'Nobody: it is unassigned');
    }
  });
});

describe('honest questions', () => {
  const all = lessons.flatMap((l) => generateQuiz(lessonRun(l), l.quiz).flatMap(drawsOf).map((q) => ({ lesson: l.id, q })));

  it('never ask "at which step", and no prompt or hint holds the answer', () => {
    expect(all.length).toBeGreaterThan(40);
    for (const { lesson: id, q } of all) {
      expect(`${q.prompt} ${q.hint}`, `${id} ${q.id}`).not.toMatch(/\bstep\b/i);
      if (!/^\d+$/.test(answer(q))) expect(q.hint, `${id} ${q.id}`).not.toContain(answer(q));
      // The setting may name a broker or an offset ("broker 1 crashes", "LEO 4"); a worded answer never appears.
      if (answer(q).split(' ').length >= 3) expect(q.prompt, `${id} ${q.id}: ${answer(q)}`).not.toContain(answer(q));
    }
  });

  it('explain every option, and the feedback names the correct one', () => {
    for (const { q } of all) {
      for (const o of q.options) expect(o.why.length).toBeGreaterThan(10);
      const wrong = q.options.find((o) => o.id !== q.answerId)!;
      const grade = gradeAnswer(q, wrong.id);
      expect(grade.feedback).toContain(`the answer is ${q.answerId} (${answer(q)})`);
      expect(grade.feedback).toContain(wrong.why);
    }
  });

  it('"Try another" draws other questions of the same kind from the same run, most with another answer', () => {
    const quizzes = lessons.flatMap((l) => generateQuiz(lessonRun(l), l.quiz));
    const withOthers = quizzes.filter((q) => (q.others?.length ?? 0) > 0);
    expect(withOthers.length).toBeGreaterThan(quizzes.length * 0.7);
    for (const q of withOthers) {
      const prompts = drawsOf(q).map((d) => d.prompt);
      expect(new Set(prompts).size).toBe(prompts.length);
      for (const d of q.others ?? []) expect(d.kind).toBe(q.kind);
    }
    const changed = withOthers.filter((q) => (q.others ?? []).some((d) => answer(d) !== answer(q)));
    expect(changed.length).toBeGreaterThan(withOthers.length / 2);
  });
});

describe('gradeAnswer', () => {
  const q = generateQuiz(lessonRun(lesson('first-message')), lesson('first-message').quiz)[0];

  it('says "Correct", names the answer and gives the reason', () => {
    expect(gradeAnswer(q, q.answerId)).toEqual({ correct: true, feedback: `Correct — ${q.answerId} (${answer(q)}). ${q.reason}` });
  });

  it('says "Not quite", names the answer, says why the choice is wrong, gives the reason', () => {
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
    expect(kinds).toEqual(expect.arrayContaining(['recordSurvives', 'partitionForKey', 'highWatermark', 'assignedConsumer']));
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
    expect(generateQuestion(run, { kind: 'sendOutcome', producer: 'p1', value: 'never sent' })).toBeNull();
    expect(generateQuestion(run, { kind: 'leaderAfterCrash', topic: 'topic1', partition: 0, broker: 1 })).toBeNull();
    expect(generateQuiz(run, [{ kind: 'logStartOffset', topic: 'topic1', partition: 0 }])).toEqual([]);
  });
});
