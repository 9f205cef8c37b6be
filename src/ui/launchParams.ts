// `/?scenario=<id>&seed=<n>&step=<n>`: for now only seed and step apply (lessons come later).
export interface LaunchParams {
  scenario?: string;
  seed?: number;
  step?: number;
}

function nonNegativeInt(text: string | null): number | undefined {
  if (text === null || !/^\d+$/.test(text.trim())) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}

export function readLaunchParams(search: string): LaunchParams {
  const q = new URLSearchParams(search);
  const scenario = q.get('scenario') ?? undefined;
  return { scenario, seed: nonNegativeInt(q.get('seed')), step: nonNegativeInt(q.get('step')) };
}
