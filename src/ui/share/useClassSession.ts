// React access to the class session's small store (src/session/sessionStore.ts).
import { useStore } from 'zustand';
import { type ClassSessionState, classSessionStore } from '../../session/sessionStore';

export function useClassSession<T>(selector: (s: ClassSessionState) => T): T {
  return useStore(classSessionStore, selector);
}
