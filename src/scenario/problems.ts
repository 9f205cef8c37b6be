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
  private readonly paths = new Set<string>();

  /**
   * Records a problem, unless one is already recorded at the same place: a value can break
   * several rules at once (a huge number is both unsafe and above the maximum; an empty node
   * name is both empty and unknown), and the first, most basic one says enough.
   */
  add(path: Path, message: string): void {
    const where = formatPath(path);
    if (this.paths.has(where)) return;
    this.paths.add(where);
    this.problems.push({ path: where, message });
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
    // zod reports "beyond the safe integers" before the schema's own bound; the bound is more
    // useful ("must be at most 32"), so generic overflow issues go last and lose to it.
    const overflow = (i: z.core.$ZodIssue) =>
      i.code === 'too_big' && i.origin === 'int' && i.maximum === Number.MAX_SAFE_INTEGER ? 1 : 0;
    const issues = [...result.error.issues].sort((a, b) => overflow(a) - overflow(b));
    for (const issue of issues) {
      const full = [...path, ...issue.path];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) this.add([...full, key], 'unknown field');
      } else this.add(full, issue.message);
    }
    return undefined;
  }
}
