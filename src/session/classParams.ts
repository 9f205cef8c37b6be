// The class link, the relay's address (the server the page came from, at /class: the page's
// Content-Security-Policy allows no other), and the teacher's own session, kept for this tab only
// so a reload resumes it and the secret never leaves the teacher's browser.
import { TEACHING_KEY } from './classLink';

export { classIdOf, isClassPage, TEACHING_KEY } from './classLink';

export interface Teaching {
  sessionId: string;
  secret: string;
  relay: string;
}

/** The class relay of the server this page came from (wss: when the page came over https:). */
export function relayUrlOf(loc: { protocol: string; host: string }): string {
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

export function classLinkOf(base: string, sessionId: string): string {
  return `${base}?${new URLSearchParams({ class: sessionId })}`;
}
