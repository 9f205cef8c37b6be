// What boot needs to know about a class page, kept tiny (it is in the first chunk): the session id
// of a class link (`?class=<id>`), and whether this tab was teaching a session before a reload.
export const TEACHING_KEY = 'kafkascope.teaching';

export function classIdOf(search: string): string | null {
  const id = new URLSearchParams(search).get('class');
  return id !== null && /^[A-Za-z0-9_-]{16,64}$/.test(id) ? id : null;
}

export function isClassPage(search: string): boolean {
  return new URLSearchParams(search).has('class');
}

export function wasTeaching(): boolean {
  try {
    return sessionStorage.getItem(TEACHING_KEY) !== null;
  } catch {
    return false;
  }
}
