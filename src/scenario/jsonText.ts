// Turns a JSON.parse failure into one plain sentence with a line and column. Engines disagree on
// whether their message carries a position (V8's "Unexpected token" does not), so when it is
// missing a small scanner finds the first offending character itself.

class Stop {
  constructor(readonly offset: number) {}
}

/** Offset of the first JSON syntax error in `text`, or undefined if none is found. */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const stop = (): never => {
    throw new Stop(i);
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const expect = (ch: string) => (text[i] === ch ? i++ : stop());
  const string = () => {
    expect('"');
    for (;;) {
      const ch = text[i];
      if (ch === undefined || ch < ' ') stop();
      i++;
      if (ch === '"') return;
      if (ch === '\\') {
        if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 5;
        else if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i++;
        else stop();
      }
    }
  };
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const scalar = () => {
    const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
    if (word !== undefined) {
      i += word.length;
      return;
    }
    number.lastIndex = i;
    if (number.exec(text) === null) stop();
    i = number.lastIndex;
  };
  const members = (close: string, member: () => void) => {
    i++;
    skipSpace();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      member();
      skipSpace();
      if (text[i] !== ',') break;
      i++;
    }
    expect(close);
  };
  const property = () => {
    skipSpace();
    string();
    skipSpace();
    expect(':');
    value();
  };
  function value(): void {
    skipSpace();
    const ch = text[i];
    if (ch === '{') members('}', property);
    else if (ch === '[') members(']', value);
    else if (ch === '"') string();
    else scalar();
  }
  try {
    value();
    skipSpace();
    return i < text.length ? i : undefined;
  } catch (error) {
    // A RangeError means nesting too deep to scan: no position then.
    return error instanceof Stop ? error.offset : undefined;
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/** The message for a file that is not JSON, e.g. `not valid JSON at line 3, column 5: …`. */
export function jsonSyntaxMessage(error: unknown, text: string): string {
  const raw = error instanceof Error ? error.message : 'it cannot be read';
  const stated = /at position (\d+)/.exec(raw);
  const offset = stated ? Number(stated[1]) : jsonErrorOffset(text);
  const reason = raw
    // V8 quotes the text around the error, cut with "..." when long: `, ..."a\n b"... is not valid JSON`.
    .replace(/,? *(?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/^JSON\.parse: /, '')
    .replace(/ at line \d+ column \d+ of the JSON data$/, '')
    .replace(/\s+/g, ' ');
  const where = offset === undefined ? '' : ` at ${lineAndColumn(text, Math.min(offset, text.length))}`;
  return `not valid JSON${where}: ${reason}`;
}
