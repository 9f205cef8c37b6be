// The scenario parser for "Import scenario", loaded on first use (a chunk of its own: zod and the
// checks are most of the parser's weight, and the page does not need them to start).
import { config } from 'zod';
import { formatProblems, parseScenarioText } from '../scenario/parse';
import type { ParsedText } from '../store/state';

// The page's Content-Security-Policy forbids eval; without this zod probes `new Function` to
// compile fast parsers and the browser logs a CSP violation.
config({ jitless: true });

export function parseImportedText(text: string): ParsedText {
  const result = parseScenarioText(text);
  return result.ok ? result : { ok: false, message: formatProblems(result.problems) };
}
