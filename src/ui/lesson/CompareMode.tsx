// The Compare tab wired up: plays the two runs on first opening and opens at the first difference.
import { useEffect, useState } from 'react';
import type { ModeInputs } from './useModeData';
import { type CompareResult, compareLesson } from './compareRunner';
import { CompareRuns } from './CompareRuns';

export function CompareMode({ inputs, seed }: { inputs: ModeInputs; seed: number }) {
  const { kit, lesson } = inputs;
  const [result, setResult] = useState<CompareResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    if (!lesson) return;
    let live = true;
    compareLesson(kit, lesson, seed)?.then(
      (r) => {
        if (!live) return;
        setResult(r);
        setFrame(r.comparison.firstDifference ?? 0);
      },
      (e: unknown) => live && setError(`Compare could not play both runs: ${e instanceof Error ? e.message : String(e)}`),
    );
    return () => {
      live = false;
    };
  }, [kit, lesson, seed]);
  if (!lesson) return <p className="mode-empty">Compare belongs to the built-in lessons.</p>;
  if (error) return <p className="mode-empty">{error}</p>;
  if (!result) return <p className="mode-empty">Playing both runs…</p>;
  return <CompareRuns result={result} frame={frame} onFrame={setFrame} />;
}
