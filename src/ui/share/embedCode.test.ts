import { describe, expect, it } from 'vitest';
import { embedCode } from './embedCode';

describe('embedCode', () => {
  it('frames the link with embed=1 before its hash, and a title', () => {
    const code = embedCode('https://s.example/?scenario=first-message&seed=7&step=3#log=z.abc', 'The first message');
    expect(code).toContain('src="https://s.example/?scenario=first-message&amp;seed=7&amp;step=3&amp;embed=1#log=z.abc"');
    expect(code).toContain('title="KafkaScope: The first message"');
    expect(code).toMatch(/^<iframe [^>]*><\/iframe>$/);
  });

  it('adds a query to a link that has none, and escapes the title', () => {
    const code = embedCode('https://s.example/#scenario=z.x&step=1', '"Quotes" & <tags>');
    expect(code).toContain('src="https://s.example/?embed=1#scenario=z.x&amp;step=1"');
    expect(code).toContain('title="KafkaScope: &quot;Quotes&quot; &amp; &lt;tags&gt;"');
  });
});
