// Writes scenarios/lessons/<id>.json from the lessons' TypeScript data:
//   npx tsx src/lessons/writeScenarioFiles.ts
// scenarioFiles.test.ts fails when a file and its lesson disagree, so run this after editing one.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lessons } from './index';
import { LESSON_SCENARIO_DIR, lessonScenarioFile, scenarioFileText } from './scenarioFile';

mkdirSync(LESSON_SCENARIO_DIR, { recursive: true });
for (const lesson of lessons) {
  const path = join(LESSON_SCENARIO_DIR, `${lesson.id}.json`);
  writeFileSync(path, scenarioFileText(lessonScenarioFile(lesson)));
  process.stdout.write(`wrote ${path}\n`);
}
