// Problems are collected, never thrown: a teacher fixing a file wants every mistake at once.
import type * as z from 'zod';
import { plainMessage } from './plainMessage';
import type { ScenarioProblem } from './types';

export type Path = readonly PropertyKey[];

/** `['topics', 0, 'config', 'retention.ms']` → `topics[0].config.retention.ms`; root → `(file)`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out === '' ? '(file)' : out;
}

/** One line per problem: `path: message`. */
export function formatProblems(problems: readonly ScenarioProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

export class ProblemSink {
  readonly problems: ScenarioProblem[] = [];

  add(path: Path, message: string): void {
    this.problems.push({ path: formatPath(path), message });
  }

  get empty(): boolean {
    return this.problems.length === 0;
  }

  /**
   * Parses one section of the file; its problems are recorded under `path`. Returns the parsed
   * value, or undefined when the section has problems (cross-field checks then skip it).
   */
  take<S extends z.ZodType>(schema: S, value: unknown, path: Path): z.output<S> | undefined {
    const result = schema.safeParse(value, { error: plainMessage });
    if (result.success) return result.data;
    // A value can break several checks at one place (a huge number is both unsafe and above
    // the maximum): the first one says enough.
    const seen = new Set<string>();
    for (const issue of result.error.issues) {
      const full = [...path, ...issue.path];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) this.add([...full, key], 'unknown field');
        continue;
      }
      const where = formatPath(full);
      if (seen.has(where)) continue;
      seen.add(where);
      this.problems.push({ path: where, message: issue.message });
    }
    return undefined;
  }
}
