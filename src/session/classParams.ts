// The address of a class page (`?class=<session id>`, `&relay=<ws url>` when the relay is not the
// server the page came from) and the teacher's own session, kept for this tab only so a reload
// resumes it and the secret never leaves the teacher's browser.
export const TEACHING_KEY = 'kafkascope.teaching';

export interface Teaching {
  sessionId: string;
  secret: string;
  relay: string;
}

export function classIdOf(search: string): string | null {
  const id = new URLSearchParams(search).get('class');
  return id !== null && /^[A-Za-z0-9_-]{16,64}$/.test(id) ? id : null;
}

export function isClassPage(search: string): boolean {
  return new URLSearchParams(search).has('class');
}

/** The relay named in the address (ws: or wss: only), else the page's own server at /class. */
export function relayUrlOf(search: string, loc: { protocol: string; host: string }): string {
  const named = new URLSearchParams(search).get('relay');
  if (named && /^wss?:\/\/[^\s]+$/.test(named)) return named;
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/class`;
}

export function savedTeaching(storage: Pick<Storage, 'getItem'> | null): Teaching | null {
  try {
    const t = JSON.parse(storage?.getItem(TEACHING_KEY) ?? 'null') as Partial<Teaching> | null;
    return t && typeof t.sessionId === 'string' && typeof t.secret === 'string' && typeof t.relay === 'string' ? (t as Teaching) : null;
  } catch {
    return null;
  }
}

export function classLinkOf(base: string, sessionId: string, relay: string, defaultRelay: string): string {
  const q = new URLSearchParams({ class: sessionId });
  if (relay !== defaultRelay) q.set('relay', relay);
  return `${base}?${q}`;
}
