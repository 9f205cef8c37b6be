import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LessonPanel } from './LessonPanel';

const panel = (subject: 'lesson' | 'scenario', forkStep: number | null) =>
  renderToStaticMarkup(
    <LessonPanel heading="h" subject={subject} tab="tracker" forkStep={forkStep} onTab={() => {}} onRestart={() => {}} onTabsIntent={() => {}}>
      <p>mode</p>
    </LessonPanel>,
  );

describe('the fork notice of the learning-mode panel', () => {
  it('names what the modes describe: the lesson, or the scenario', () => {
    expect(panel('lesson', 20)).toContain('Restart lesson');
    expect(panel('scenario', 20)).toContain('Restart scenario');
    // The markup escapes the apostrophe.
    expect(panel('scenario', 20)).toContain('describe the scenario&#x27;s own run');
    expect(panel('scenario', 20)).not.toMatch(/the lesson|Restart lesson/);
  });

  it('is absent while the run is the one the modes describe', () => {
    expect(panel('lesson', null)).not.toContain('You changed the run');
  });
});
