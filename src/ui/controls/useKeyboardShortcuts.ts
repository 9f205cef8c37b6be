import { useEffect } from 'react';
import { type Command, commandForKey } from './shortcuts';

/** Space, arrows, PgUp/PgDn and Home drive playback (Shift+arrows, and PgUp/PgDn in a lesson, by moments), except where the focused control owns the key. */
export function useKeyboardShortcuts(run: (command: Command) => void, lesson = false): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const el = e.target instanceof HTMLElement || e.target instanceof SVGElement ? e.target : null;
      // A modal dialog (the scenario editor) owns the keyboard: the run behind it stays put.
      if (el?.closest('dialog')) return;
      const target = el
        ? {
            tagName: el.tagName,
            type: el instanceof HTMLInputElement ? el.type : undefined,
            role: el.getAttribute('role'),
            isContentEditable: el instanceof HTMLElement && el.isContentEditable,
          }
        : null;
      const command = commandForKey(e.key, { ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey, shift: e.shiftKey }, target, { lesson });
      if (!command) return;
      e.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run, lesson]);
}
