// The status tracker's row names, shortened where the diagram already uses the short word ("HW",
// "pos", "commit"), so the names' column stays narrow enough for four steps of seven-digit numbers
// in the side panel. The full name stays the row's name for assistive tech and its tooltip. Pure, tested.

const SHORT: [RegExp, string][] = [
  [/^high watermark$/, 'HW'],
  [/^LEO on broker (\d+)$/, 'LEO b$1'],
  [/^on broker (\d+)$/, 'on b$1'],
  [/^committed (.+)$/, 'commit $1'],
  [/^position (.+)$/, 'pos $1'],
  [/^records received$/, 'received'],
];

/** The name drawn for a tracked variable, or null when the full name is short enough already. */
export function shortVariableName(name: string): string | null {
  for (const [pattern, short] of SHORT) if (pattern.test(name)) return name.replace(pattern, short);
  return null;
}
