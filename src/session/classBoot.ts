// Loaded at boot only on a class page or in a tab that was teaching (see main.tsx): a page opened
// from a class link joins the session; a teacher's tab that was teaching before a reload takes its
// session back.
import { classIdOf, isClassPage, savedTeaching } from './classParams';
import { classSessionStore } from './sessionStore';

function sessionStorageOrNull(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

export function bootClassSession(): void {
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
