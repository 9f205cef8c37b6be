// Compare: both runs of a contrast lesson, same seed, one setting changed, aligned by simulated
// time; the first difference is the first moment a tracked variable parts.
import { describe, expect, it } from 'vitest';
import { findLesson } from '../builtinLessons';
import { lessonCompares } from '../extras/compares';
import { parsed } from '../lessonRun.testkit';
import type { Lesson } from '../types';
import { playLessonRun } from '../../worker/playLessonRun';
import { compareRuns, differenceWords } from './compareRuns';

function compare(id: keyof typeof lessonCompares) {
  const lesson = findLesson(id) as Lesson;
  const spec = lesson.compare!;
  const play = (file: unknown) => playLessonRun({ scenario: parsed(file), seed: 1, maxSteps: 10_000, narration: [], quiz: [], tracker: lesson.tracker, trackEveryMoment: true }).run;
  const a = play(lesson.scenario);
  const b = play(spec.change(lesson.scenario));
  return { a, b, spec, c: compareRuns({ label: spec.base, rows: a.rows, events: a.events, tracker: a.tracker! }, { label: spec.other, rows: b.rows, events: b.events, tracker: b.tracker! }) };
}

describe('Compare', () => {
  it('offers at least four contrast lessons, each changing exactly one setting', () => {
    expect(Object.keys(lessonCompares).length).toBeGreaterThanOrEqual(4);
    for (const id of Object.keys(lessonCompares) as (keyof typeof lessonCompares)[]) expect(findLesson(id)?.compare).toBe(lessonCompares[id]);
    const lesson = findLesson('break-a-broker') as Lesson;
    const changed = lesson.compare!.change(lesson.scenario);
    expect({ ...changed, producers: lesson.scenario.producers }).toEqual(lesson.scenario);
    expect(changed.producers?.[0].config).toEqual({ ...lesson.scenario.producers?.[0].config, acks: 'all' });
  });

  it('acks=1 vs acks=all: the runs part when acks=1 has its answer and acks=all still waits', () => {
    const { a, b, c } = compare('break-a-broker');
    expect(c.parting).not.toBeNull();
    const parting = c.parting!;
    expect(parting.did[0]).toMatch(/Producer p1: Received the ack for 'order-0'/);
    expect(parting.did[1]).not.toMatch(/Received the ack/);
    expect(c.frames[c.firstDifference as number].timeMs).toBe(parting.timeMs);
    // Same seed, same script: the same events until then.
    const earlier = (run: typeof a) => run.events.filter((e) => e.timeMs < parting.timeMs);
    expect(earlier(a).length).toBeGreaterThan(1);
    expect(earlier(a)).toEqual(earlier(b));
    // What the lesson tracks: 'order-3' acknowledged under acks=1 while acks=all waits.
    const record = c.variables.indexOf("record 'order-3'");
    const f = c.frames.find((x) => x.differs[record])!;
    expect(f.sides[0].cells[record]).toMatch(/acknowledged/);
    expect(f.sides[1].cells[record]).not.toMatch(/acknowledged/);
    expect(a.finalView.anomalies.map((x) => x.kind)).toContain('lost-write');
    expect(b.finalView.anomalies).toEqual([]);
    expect(differenceWords(c, ['acks=1', 'acks=all'])).toMatch(/^At [\d.]+ s the runs part\. acks=1: Producer p1: Received the ack for 'order-0'.* The tracked state first differs at/);
  });

  it('frames run in time order and each side shows its latest moment at or before that time', () => {
    const { c, a } = compare('unclean-election');
    const times = c.frames.map((f) => f.timeMs);
    expect(times).toEqual([...times].sort((x, y) => x - y));
    for (const f of c.frames) if (f.sides[0].step > 0) expect(a.rows[f.sides[0].step - 1].timeMs).toBeLessThanOrEqual(f.timeMs);
    const leader = c.variables.indexOf('leader (orders-0)');
    expect(c.frames.some((f) => f.differs[leader])).toBe(true);
    expect(c.parting).not.toBeNull();
  });

  it('ZooKeeper vs KRaft: a setting that differs from the start is not the first difference', () => {
    const { c } = compare('controller-zookeeper');
    const controller = c.variables.indexOf('controller');
    expect(c.frames[0].differs[controller]).toBe(true);
    expect(c.frames[c.firstDifference as number].timeMs).toBeGreaterThan(0);
    expect(differenceWords(c, ['ZooKeeper', 'KRaft'])).toMatch(/The tracked state first differs at [\d.]+ s: (leader|ISR|HW|LEO)/);
  });
});
