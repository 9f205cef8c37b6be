import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AnomalyBanner } from './AnomalyBanner';

describe('AnomalyBanner', () => {
  it('is absent without anomalies', () => {
    expect(renderToStaticMarkup(<AnomalyBanner anomalies={[]} onShowStep={() => {}} />)).toBe('');
  });
  it('names each broken guarantee with a button to its step', () => {
    const html = renderToStaticMarkup(
      <AnomalyBanner
        anomalies={[{ kind: 'lost-write', step: 812, detail: "'o' (send #3 of p1) was acknowledged at orders-0 offset 3 (step 64) but broker 2, the leader, does not have it" }]}
        onShowStep={() => {}}
        onShowAck={() => {}}
      />,
    );
    expect(html).toContain('aria-label="Anomalies"');
    expect(html).toContain('lost-write');
    expect(html).toContain('Show the cause (step 812)');
    expect(html).toContain('Show the ack (step 64)');
  });
});
