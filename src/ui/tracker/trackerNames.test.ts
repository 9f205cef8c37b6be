import { describe, expect, it } from 'vitest';
import { shortVariableName } from './trackerNames';

describe('shortVariableName', () => {
  it('shortens the long names with the diagram’s own short words', () => {
    expect(shortVariableName('high watermark')).toBe('HW');
    expect(shortVariableName('LEO on broker 12')).toBe('LEO b12');
    expect(shortVariableName('on broker 3')).toBe('on b3');
    expect(shortVariableName('committed payments-11')).toBe('commit payments-11');
    expect(shortVariableName('position orders-0')).toBe('pos orders-0');
    expect(shortVariableName('records received')).toBe('received');
  });

  it('leaves short names, and names a student must read whole, as they are', () => {
    for (const name of ['leader', 'ISR', 'leader epoch', 'status', 'message state', 'lag orders-0', 'broker epoch']) expect(shortVariableName(name)).toBeNull();
  });
});
