import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AnomalyBanner } from './AnomalyBanner';

describe('AnomalyBanner', () => {
  it('is absent without anomalies', () => {
    expect(renderToStaticMarkup(<AnomalyBanner anomalies={[]} onShowStep={() => {}} />)).toBe('');
  });
  it('names each broken guarantee with a button to its step', () => {
    const html = renderToStaticMarkup(
      <AnomalyBanner anomalies={[{ kind: 'lost-write', step: 812, detail: 'orders-0 offset 3 was acknowledged, then truncated' }]} onShowStep={() => {}} />,
    );
    expect(html).toContain('aria-label="Anomalies"');
    expect(html).toContain('lost-write');
    expect(html).toContain('Show anomaly at step 812');
  });
});
