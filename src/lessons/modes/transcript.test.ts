import { describe, expect, it } from 'vitest';
import { defaultScenarioFile } from '../defaultScenario';
import { findLesson } from '../index';
import { lessonRun, parsed } from '../lessonRun.testkit';
import type { Lesson } from '../types';
import { playRun } from './lessonRun';
import { fullTranscript, rowSentence, transcriptMarkdown } from './transcript';

const lesson = findLesson('break-a-broker') as Lesson;
const run = lessonRun(lesson);

describe('fullTranscript', () => {
  const paragraphs = fullTranscript(run.rows, run.events, lesson);
  const text = paragraphs.join('\n');

  it('tells the key events of the run', () => {
    expect(text).toContain("Appended 'order-3' to orders-0 at offset 3");
    expect(text).toContain('Crashed');
    expect(text).toMatch(/elected broker 2/);
    expect(text).toMatch(/truncated to offset 3/);
  });

  it('opens paragraphs with the narration, in order', () => {
    const leads = lesson.narration.map((n) => paragraphs.findIndex((p) => p.includes(n.text)));
    expect(leads.every((i) => i > 0)).toBe(true);
    expect(leads).toEqual([...leads].sort((a, b) => a - b));
  });

  it('folds routine steps into "Meanwhile" sentences instead of listing them', () => {
    const routine = run.rows.filter((r) => (r as { routine?: boolean }).routine).length;
    expect(routine).toBeGreaterThan(100);
    expect(text).toMatch(/Meanwhile the followers kept fetching from their leaders.*\(\d+ routine steps\)/);
    expect(text).not.toContain('Sent a heartbeat to the controller');
    const told = [...text.matchAll(/\((\d+) routine steps?\)/g)].reduce((n, m) => n + Number(m[1]), 0);
    const withEvents = new Set(run.events.map((e) => e.step));
    expect(told).toBe(run.rows.filter((r) => (r as { routine?: boolean }).routine && !withEvents.has(r.step)).length);
  });

  it('reads without a lesson too, in paragraphs of a few sentences', () => {
    const teacher = playRun(parsed(defaultScenarioFile));
    const plain = fullTranscript(teacher.rows, teacher.events);
    expect(plain.length).toBeGreaterThan(3);
    for (const p of plain) expect(p.split('. At ').length).toBeLessThanOrEqual(9);
    expect(plain.join(' ')).toContain("Appended 'order-1'");
  });

  it('is empty for an empty run', () => {
    expect(fullTranscript([], [])).toEqual([]);
  });
});

describe('rowSentence and transcriptMarkdown', () => {
  it('turn a row into one sentence', () => {
    expect(rowSentence({ step: 4, timeMs: 1005, component: 'Broker 1', action: 'Appended m0', messageState: 'Stored on the leader', output: 'No change' })).toBe(
      'At 1.005 s (step 4), Broker 1: Appended m0 — Stored on the leader.',
    );
  });

  it('export Markdown with a title and escaped text', () => {
    expect(transcriptMarkdown('Break a broker', ['One __consumer_offsets <b>', 'Two'])).toBe('# Break a broker\n\nOne \\_\\_consumer\\_offsets \\<b\\>\n\nTwo\n');
  });
});
