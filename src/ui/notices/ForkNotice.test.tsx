import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ForkNotice, forkHeadline } from './ForkNotice';

describe('ForkNotice', () => {
  it('names the fork alone after one intervention', () => {
    expect(forkHeadline(59, null)).toBe('Timeline forked at step 59');
    expect(forkHeadline(59, 59)).toBe('Timeline forked at step 59');
  });

  it('names the first change too after a later intervention, so it agrees with the narration', () => {
    const html = renderToStaticMarkup(<ForkNotice forkedAt={59} firstAt={18} onDismiss={() => {}} />);
    expect(html).toContain('<strong>Timeline forked at step 59 (first change at step 18)</strong>: the steps played after it were discarded');
  });
});
