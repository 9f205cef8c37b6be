// The app's own first-render mark for bench/browser.bench.ts: the first frame painted after the
// engine's first view reached the store (the diagram and table are on screen then).
import type { AppStore } from '../store/state';

export const FIRST_VIEW_MARK = 'kafkascope:first-view';

export function markFirstView(store: AppStore): void {
  const unsubscribe = store.subscribe((s) => {
    if (!s.view) return;
    unsubscribe();
    requestAnimationFrame(() => setTimeout(() => performance.mark(FIRST_VIEW_MARK), 0));
  });
}
