// The worker-failure test hook's message (outside the protocol): the worker throws on it, so the
// page sees the same error event a real crash gives. Only the page's own code can post it.
export const CRASH_REQUEST = '__kafkascope_test_crash';

export function isCrashRequest(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === CRASH_REQUEST;
}
