import { describe, expect, it } from 'vitest';
import { lessons } from '../builtinLessons';
import { defaultScenarioFile } from '../defaultScenario';
import { lessonRun, parsed } from '../lessonRun.testkit';
import { playRun } from './lessonRun';
import { MAX_TRANSCRIPT_CHARS, stepLogCsv, storyTranscript } from './storyTranscript';

describe('the full transcript as prose', () => {
  it.each(lessons.map((l) => [l.id, l] as const))('%s: the summary, the narration at its moments and the outcome, in a few thousand characters', (_, lesson) => {
    const run = lessonRun(lesson);
    const paragraphs = storyTranscript(run, lesson);
    const text = paragraphs.join('\n\n');
    expect(text.length).toBeLessThanOrEqual(MAX_TRANSCRIPT_CHARS);
    expect(text.length).toBeGreaterThan(600);
    expect(paragraphs[0]).toBe(lesson.summary);
    expect(paragraphs.at(-1)).toMatch(/^By the end \(step \d+/);
    // The narration, not the routine steps: no heartbeat or fetch chatter.
    expect(text).not.toMatch(/heartbeat to the controller|Received fetch/);
    const told = lesson.narration.filter((c) => text.includes(c.text.replace(/^… /, '').replace(/ …$/, '').slice(0, 40)));
    expect(told.length).toBeGreaterThanOrEqual(lesson.narration.length - 1);
  });

  it("tells a teacher's scenario from its notable events, under the same bound", () => {
    const run = playRun(parsed(defaultScenarioFile));
    const text = storyTranscript(run).join('\n\n');
    expect(text.length).toBeLessThanOrEqual(MAX_TRANSCRIPT_CHARS);
    expect(text).toMatch(/appends the first record of/);
    expect(text).toMatch(/By the end/);
    // The step log it replaces on screen is many times longer.
    expect(run.rows.map((r) => r.action).join(' ').length).toBeGreaterThan(text.length * 3);
  });

  it('names the anomaly the checker found', () => {
    const lesson = lessons.find((l) => l.id === 'break-a-broker')!;
    expect(storyTranscript(lessonRun(lesson), lesson).at(-1)).toMatch(/The checker reports lost-write at step \d+/);
  });
});

describe('the step log as CSV', () => {
  it('has a header and one row per step, quoting commas and quotes', () => {
    const csv = stepLogCsv([
      { step: 1, timeMs: 5, component: 'Broker 1', action: "Appended 'a, b'", messageState: 'Said "hi"', output: 'No change' },
    ]);
    expect(csv).toBe('Step,Time (ms),Component,Action,Message state,Output\n1,5,Broker 1,"Appended \'a, b\'","Said ""hi""",No change\n');
    const run = lessonRun(lessons[0]);
    expect(stepLogCsv(run.rows).trim().split('\n').length).toBe(run.stepCount + 1);
  });
});
