// Holds the embedded player inside its `from`…`to` steps: a step outside them (a keyboard step,
// Play running on, Restart) is brought back, and playing stops at `to`.
import { useEffect } from 'react';
import type { AppStore } from '../../store/state';
import { clampStep, type EmbedParams } from './embedParams';

export function useEmbedRange(store: AppStore, range: EmbedParams): void {
  useEffect(() => {
    const hold = () => {
      const s = store.getState();
      if (s.status !== 'ready') return;
      const held = clampStep(s.currentStep, range);
      if (held === s.currentStep) return;
      if (s.playing) s.actions.pause();
      s.actions.seek(held);
    };
    hold();
    return store.subscribe((s, prev) => {
      if (s.currentStep !== prev.currentStep || s.status !== prev.status) hold();
    });
  }, [store, range]);
}
