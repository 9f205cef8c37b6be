// Where the open scenario came from, and the file that reproduces it (for export, share links and
// the editor). Pure, and free of the parser: the written scenario and the lesson keys are passed in,
// so this module stays in the first chunk and zod stays out of it.
import type { ScenarioFile } from '../scenario/schema';

/** null (in the store) is the default scenario the page opens with. */
export type ScenarioSource = { kind: 'lesson'; lessonId: string } | { kind: 'file'; file: Record<string, unknown> };

/** The keys a scenario file may carry beside the scenario: a lesson's metadata, narration, tools' "x-" keys. */
export function fileExtras(file: Record<string, unknown>): Record<string, unknown> {
  const extras: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(file)) {
    if (k === 'lesson' || k === 'narration' || k === 'questions' || k.startsWith('x-')) extras[k] = v;
  }
  return extras;
}

export function asFileObject(x: unknown): Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : {};
}

/**
 * The open scenario as a file: `written` (toScenarioFile of the normalized scenario), the seed it
 * runs with, and the lesson keys (`lessonExtras` for a built-in lesson) or the imported file's own.
 */
export function currentScenarioFile(written: ScenarioFile, seed: number, source: ScenarioSource | null, lessonExtras?: Record<string, unknown>): ScenarioFile {
  const extras = source?.kind === 'file' ? fileExtras(source.file) : source?.kind === 'lesson' ? (lessonExtras ?? {}) : {};
  return { ...written, seed, ...extras } as ScenarioFile;
}

/** A file name from a title: `The first message` → `the-first-message.json`. */
export function fileNameFor(title: string, extension: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'scenario'}.${extension}`;
}

/** The file object behind imported text, kept for its lesson and narration keys ({} if unreadable). */
export function rawFile(text: string): Record<string, unknown> {
  try {
    return asFileObject(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch {
    return {};
  }
}
