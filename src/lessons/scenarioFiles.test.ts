// scenarios/lessons/<id>.json must be exactly what the lessons' TypeScript data says
// (regenerate with `npx tsx src/lessons/writeScenarioFiles.ts`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../scenario/parse';
import { lessons } from './index';
import { LESSON_SCENARIO_DIR, lessonScenarioFile, narrationFromFile, scenarioFileText } from './scenarioFile';

describe('scenarios/lessons', () => {
  it('holds one file per lesson and nothing else', () => {
    const files = readdirSync(LESSON_SCENARIO_DIR).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(lessons.map((l) => `${l.id}.json`).sort());
  });

  it.each(lessons.map((l) => [l.id, l] as const))('%s.json equals the lesson data and parses', (id, lesson) => {
    const text = readFileSync(join(LESSON_SCENARIO_DIR, `${id}.json`), 'utf8');
    expect(JSON.parse(text)).toEqual(lessonScenarioFile(lesson));
    expect(text).toBe(scenarioFileText(lessonScenarioFile(lesson)));
    const parsed = parseScenarioText(text);
    expect(parsed.ok).toBe(true);
  });
});

describe('narrationFromFile', () => {
  it("reads a lesson file's narration back", () => {
    const lesson = lessons[0];
    expect(narrationFromFile(JSON.parse(scenarioFileText(lessonScenarioFile(lesson))))).toEqual(lesson.narration);
  });

  it('skips malformed cues and files without narration', () => {
    const cues = [{ event: { type: 'RecordAppended', partition: 0 }, text: 'ok' }, { event: { partition: 0 }, text: 'no type' }, { event: { type: 'X', nth: 'two' }, text: 'bad nth' }, 'text', null];
    expect(narrationFromFile({ narration: cues })).toEqual([cues[0]]);
    expect(narrationFromFile({ version: 1 })).toEqual([]);
    expect(narrationFromFile(null)).toEqual([]);
  });
});
