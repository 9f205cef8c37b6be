// The fuzzers' seed corpus: every valid scenario file the project ships (node only).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CorpusFile {
  name: string;
  file: unknown;
}

const root = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export function scenarioCorpus(folders: readonly string[] = ['reference', 'lessons']): CorpusFile[] {
  return folders.flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => ({ name: `${folder}/${name}`, file: JSON.parse(readFileSync(join(root, folder, name), 'utf8')) as unknown })),
  );
}
