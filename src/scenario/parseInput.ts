// The one scenario parser the app loads (on first use, a chunk of its own: zod and the checks are
// most of its weight, and the page does not need them to start). Text from "Import scenario" and
// objects from share links, lessons, the editor and saved scenarios all go through it.
import { config } from 'zod';
import { formatProblems, parseScenario, parseScenarioText } from './parse';
import type { Scenario } from './types';

// The page's Content-Security-Policy forbids eval; without this zod probes `new Function` to
// compile fast parsers and the browser logs a CSP violation.
config({ jitless: true });

export type ScenarioInput = { text: string } | { file: unknown };

/** A parsed scenario and the file object it came from (its lesson and narration keys ride along). */
export type ParsedScenario = { ok: true; scenario: Scenario; file: Record<string, unknown> } | { ok: false; problems: string };

export type ParseInput = (input: ScenarioInput) => ParsedScenario;

export const parseInput: ParseInput = (input) => {
  const result = 'text' in input ? parseScenarioText(input.text) : parseScenario(input.file);
  if (!result.ok) return { ok: false, problems: formatProblems(result.problems) };
  return { ok: true, scenario: result.scenario, file: 'text' in input ? fileObject(input.text) : asObject(input.file) };
};

function asObject(x: unknown): Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : {};
}

function fileObject(text: string): Record<string, unknown> {
  try {
    return asObject(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch {
    return {};
  }
}
