// What every editor section gets: the model, a way to change it, and the problems of a field path.
import type { EditorModel } from '../../store/editorModel';

export interface SectionProps {
  model: EditorModel;
  problemsAt(path: string): string[];
  onChange(model: EditorModel): void;
}

/** A copy of `list` with item `i` patched. */
export function patchAt<T>(list: readonly T[], i: number, patch: Partial<T>): T[] {
  return list.map((item, j) => (j === i ? { ...item, ...patch } : item));
}

export function removeAt<T>(list: readonly T[], i: number): T[] {
  return list.filter((_, j) => j !== i);
}
