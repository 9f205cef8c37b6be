// React access to the class session's small store (src/session/sessionStore.ts).
import { useStore } from 'zustand';
import { type ClassSessionState, classSessionStore } from '../../session/sessionStore';

export function useClassSession<T>(selector: (s: ClassSessionState) => T): T {
  return useStore(classSessionStore, selector);
}

/** The session code, loaded on first use (it brings the relay client, zod and the QR code). */
export const loadController = () => import('../../session/controller');
