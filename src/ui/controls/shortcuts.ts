// The playback keyboard shortcuts, and where they must not fire.
export type Command = 'togglePlay' | 'stepForward' | 'stepBack' | 'restart' | 'nextMoment' | 'previousMoment';

export interface KeyTarget {
  tagName: string;
  type?: string;
  role?: string | null;
  isContentEditable?: boolean;
}

const keys: Record<string, Command> = {
  ' ': 'togglePlay',
  Spacebar: 'togglePlay',
  ArrowRight: 'stepForward',
  PageDown: 'stepForward',
  ArrowLeft: 'stepBack',
  PageUp: 'stepBack',
  Home: 'restart',
};

const textInputTypes = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'range', 'file']);

/** True where a key belongs to the focused control: text fields, selects, sliders. */
export function ownsKeys(t: KeyTarget): boolean {
  const tag = t.tagName.toUpperCase();
  if (t.isContentEditable || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return textInputTypes.has((t.type ?? 'text').toLowerCase());
  return t.role === 'slider' || t.role === 'textbox' || t.role === 'combobox' || t.role === 'listbox';
}

function isRadio(t: KeyTarget): boolean {
  return t.role === 'radio' || (t.tagName.toUpperCase() === 'INPUT' && (t.type ?? '').toLowerCase() === 'radio');
}

/** True where Space and Enter press the focused thing (a button), so Space must not also play. */
function pressable(t: KeyTarget): boolean {
  const tag = t.tagName.toUpperCase();
  return (
    tag === 'BUTTON' ||
    tag === 'SUMMARY' ||
    tag === 'A' ||
    (tag === 'INPUT' && ['button', 'submit', 'checkbox', 'radio', 'reset'].includes((t.type ?? '').toLowerCase())) ||
    t.role === 'button' ||
    t.role === 'row' ||
    t.role === 'tab' ||
    t.role === 'radio' ||
    t.role === 'checkbox'
  );
}

/** Shift+arrows move by story moments; in a lesson, so does a clicker's PgDn / PgUp. */
function momentCommand(key: string, shift: boolean, lesson: boolean): Command | null {
  if (shift) return key === 'ArrowRight' ? 'nextMoment' : key === 'ArrowLeft' ? 'previousMoment' : null;
  if (!lesson) return null;
  return key === 'PageDown' ? 'nextMoment' : key === 'PageUp' ? 'previousMoment' : null;
}

export function commandForKey(
  key: string,
  mods: { ctrl?: boolean; alt?: boolean; meta?: boolean; shift?: boolean },
  target: KeyTarget | null,
  options: { lesson?: boolean } = {},
): Command | null {
  if (mods.ctrl || mods.alt || mods.meta) return null;
  const command = momentCommand(key, mods.shift === true, options.lesson === true) ?? (mods.shift ? null : keys[key]);
  if (!command) return null;
  if (target && ownsKeys(target)) return null;
  // Arrows move between the options of a radio group (the quiz); a clicker's PgUp/PgDn still step.
  if (target && isRadio(target) && key.startsWith('Arrow')) return null;
  if (command === 'togglePlay' && target && pressable(target)) return null;
  return command;
}
