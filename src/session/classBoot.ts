// At boot: a page opened from a class link joins the session; a teacher's tab that was teaching
// before a reload takes its session back. Either loads the session code; other pages do not.
import { classIdOf, isClassPage, savedTeaching } from './classParams';
import { type SessionDeps, setSessionDeps } from './sessionDeps';
import { classSessionStore } from './sessionStore';

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
  if (isClassPage(location.search)) {
    classSessionStore.setState({ message: 'This class link is damaged (its session id is cut or changed): ask the teacher for the link again.' });
    return;
  }
  const teaching = savedTeaching(sessionStorageOrNull());
  if (teaching) void import('./controller').then((c) => c.resumeTeaching(teaching));
}
