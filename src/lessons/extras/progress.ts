// Which lessons this browser has finished (done / not yet), kept in localStorage. Reading never
// throws, whatever another tab or an old version left under the key.
export interface ProgressStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const PROGRESS_KEY = 'kafkascope.lessonProgress';

export function readDone(storage: ProgressStorage | null): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(PROGRESS_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** The list with `id` marked done or not; false when the browser refused to store it. */
export function writeDone(storage: ProgressStorage | null, id: string, done: boolean): { done: string[]; saved: boolean } {
  const rest = readDone(storage).filter((x) => x !== id);
  const list = done ? [...rest, id] : rest;
  try {
    storage?.setItem(PROGRESS_KEY, JSON.stringify(list));
    return { done: list, saved: storage !== null };
  } catch {
    return { done: list, saved: false };
  }
}
