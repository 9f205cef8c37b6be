import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultScenarioFile } from '../defaultScenario';
import { findLesson } from '../index';
import { lessonRun, parsed } from '../lessonRun.testkit';
import type { Lesson } from '../types';
import { executionSample, genericCodeSample } from './executionSample';
import { playRun } from './lessonRun';
import { genericStages, processFlow } from './processFlow';
import { resolveEvent } from './resolveEvent';

const firstMessage = findLesson('first-message') as Lesson;

describe('processFlow', () => {
  const run = lessonRun(firstMessage);
  const stepOf = (id: string) => processFlow(firstMessage, run.events, 0).find((s) => s.id === id)!.step as number;

  it('starts with every stage pending', () => {
    expect(processFlow(firstMessage, run.events, 0).map((s) => s.state)).toEqual(firstMessage.stages.map(() => 'pending'));
  });

  it('marks the latest reached stage current and the earlier ones done', () => {
    const flow = processFlow(firstMessage, run.events, stepOf('ack'));
    expect(flow.map((s) => [s.id, s.state])).toEqual([
      ['send', 'done'], ['store', 'done'], ['ack', 'current'], ['poll', 'pending'], ['process', 'pending'], ['idle', 'pending'],
    ]);
    expect(processFlow(firstMessage, run.events, stepOf('poll') - 1).find((s) => s.state === 'current')?.id).toBe('ack');
  });

  it('ends with the last stage current', () => {
    const flow = processFlow(firstMessage, run.events, run.stepCount);
    expect(flow.at(-1)?.state).toBe('current');
    expect(flow.slice(0, -1).every((s) => s.state === 'done')).toBe(true);
  });

  it("gives a teacher's scenario generic stages that follow its first stored record", () => {
    const teacher = playRun(parsed(defaultScenarioFile));
    const stages = genericStages(teacher.events);
    expect(stages.map((s) => s.id)).toEqual(['produce', 'append', 'replicate', 'hw', 'ack', 'poll', 'commit']);
    const flow = processFlow(null, teacher.events, teacher.stepCount);
    const steps = flow.map((s) => s.step as number);
    expect(steps.every((s) => s !== null)).toBe(true);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it('lists generic stages in the order the run does them: with acks=1 the ack before the commit', () => {
    const file = JSON.parse(readFileSync('scenarios/reference/f1-acks1-loss.json', 'utf8'));
    const acks1 = playRun(parsed(file));
    const flow = processFlow(null, acks1.events, acks1.stepCount);
    const steps = flow.map((s) => s.step as number);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    const ids = flow.map((s) => s.id);
    expect(ids.indexOf('ack')).toBeLessThan(ids.indexOf('hw'));
  });

  it('leaves out generic stages the run never reaches (no replicas, no consumers)', () => {
    const producersOnly = lessonRun(findLesson('why-producers-publish') as Lesson);
    expect(genericStages(producersOnly.events).map((s) => s.id)).toEqual(['produce', 'append', 'hw', 'ack']);
    expect(genericStages([])).toEqual([]);
  });
});

describe('executionSample', () => {
  const run = lessonRun(firstMessage);

  it('has no current line before the first cue, then follows the cues', () => {
    expect(executionSample(firstMessage.code, run.events, 0).currentLine).toBeNull();
    const sent = resolveEvent(run.events, { type: 'RecordSent', producer: 'p1' }) as number;
    const sample = executionSample(firstMessage.code, run.events, sent);
    expect(sample.currentLine).toBe(1);
    expect(sample.lines.filter((l) => l.current).map((l) => l.line)).toEqual([1]);
    expect(executionSample(firstMessage.code, run.events, run.stepCount).currentLine).toBe(7);
  });

  it('gives each cued line its step and leaves uncued lines without one', () => {
    const { lines } = executionSample(firstMessage.code, run.events, run.stepCount);
    expect(lines[0].step).toBe(resolveEvent(run.events, { type: 'RecordSent', producer: 'p1' }));
    expect(lines[4].step).toBeNull();
  });

  it("writes client code for a teacher's scenario whose cues all resolve", () => {
    const scenario = parsed(defaultScenarioFile);
    const code = genericCodeSample(scenario);
    const teacher = playRun(scenario);
    expect(code.lines.some((l) => l.includes('p1.send(new ProducerRecord<>("orders", "alice", "order-1"))'))).toBe(true);
    expect(code.lines.some((l) => l.startsWith('var records = c1.poll('))).toBe(true);
    for (const cue of code.cues) expect(resolveEvent(teacher.events, cue.event), JSON.stringify(cue)).not.toBeNull();
  });
});
