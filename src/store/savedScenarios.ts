// Scenarios a teacher saved in this browser (localStorage). Pure list operations plus a tolerant
// reader: whatever another tab or an old version left under the key, reading never throws.
export interface SavedScenario {
  id: string;
  title: string;
  savedAt: number;
  /** The scenario file as written (parsed again when it is opened). */
  file: unknown;
}

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const SAVED_KEY = 'kafkascope.savedScenarios';
export const MAX_SAVED = 50;

function isSaved(x: unknown): x is SavedScenario {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Record<string, unknown>;
  return typeof s.id === 'string' && typeof s.title === 'string' && typeof s.savedAt === 'number' && 'file' in s;
}

export function readSaved(storage: StorageLike | null): SavedScenario[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(SAVED_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isSaved).slice(0, MAX_SAVED) : [];
  } catch {
    return [];
  }
}

/** Writes the list; false when the browser refused (storage full or disabled). */
export function writeSaved(storage: StorageLike | null, list: readonly SavedScenario[]): boolean {
  try {
    storage?.setItem(SAVED_KEY, JSON.stringify(list));
    return storage !== null;
  } catch {
    return false;
  }
}

function titleOf(file: unknown): string {
  const t = typeof file === 'object' && file !== null ? (file as { title?: unknown }).title : undefined;
  return typeof t === 'string' && t.trim() !== '' ? t.trim().slice(0, 200) : 'Untitled scenario';
}

/** Saves `file` first in the list; a file with the same title replaces the older copy. */
export function addSaved(list: readonly SavedScenario[], file: unknown, now: number): SavedScenario[] {
  const title = titleOf(file);
  const entry: SavedScenario = {
    id: `s${now.toString(36)}-${list.length}`,
    title,
    savedAt: now,
    file,
  };
  return [entry, ...list.filter((s) => s.title !== title)].slice(0, MAX_SAVED);
}

export function removeSaved(list: readonly SavedScenario[], id: string): SavedScenario[] {
  return list.filter((s) => s.id !== id);
}

/** localStorage where the browser allows it (it throws in some privacy modes). */
export function browserStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
