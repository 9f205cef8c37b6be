import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Narration, narrationClass } from './Narration';

describe('the narration panel', () => {
  it('is laid out as a lesson, as a scenario of its own, or at a fixed height while playing fast', () => {
    expect(narrationClass(true, false)).toBe('narration is-narrated');
    expect(narrationClass(false, false)).toBe('narration');
    expect(narrationClass(false, true)).toBe('narration is-busy');
  });

  it('says the step whole, with the story line above it', () => {
    const row = { step: 3, timeMs: 10, component: 'Broker 1', action: 'Appended', messageState: 'Stored', output: 'HW 1', events: [] };
    const html = renderToStaticMarkup(<Narration row={row as never} currentStep={3} busy={false} cue="The record is stored." />);
    expect(html).toContain('<p class="narration-cue">The record is stored.</p>');
    expect(html).toContain('Step 3, 10 ms. Broker 1: Appended (Stored). HW 1');
    expect(html).toContain('class="narration"');
  });
});
