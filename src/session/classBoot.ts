// At boot: a page opened from a class link joins the session; a teacher's tab that was teaching
// before a reload takes its session back. Either loads the session code; other pages do not.
import { classIdOf, savedTeaching } from './classParams';
import { type SessionDeps, setSessionDeps } from './sessionDeps';

function sessionStorageOrNull(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

export function bootClassSession(deps: SessionDeps): void {
  setSessionDeps(deps);
  const classId = classIdOf(location.search);
  if (classId) {
    void import('./controller').then((c) => c.joinClass(classId));
    return;
  }
  const teaching = savedTeaching(sessionStorageOrNull());
  if (teaching) void import('./controller').then((c) => c.resumeTeaching(teaching));
}
