// Starts a load when the pointer enters, or the focus moves into, an element: the teacher is
// about to click there, and the few dozen milliseconds of the fetch overlap their reach for it.
// Not a handler the user interacts with, so it is a plain listener rather than a React prop.
import { type RefObject, useEffect } from 'react';

export function usePrefetchOnIntent(ref: RefObject<HTMLElement | null>, prefetch: () => void): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.addEventListener('pointerenter', prefetch);
    el.addEventListener('focusin', prefetch);
    return () => {
      el.removeEventListener('pointerenter', prefetch);
      el.removeEventListener('focusin', prefetch);
    };
  }, [ref, prefetch]);
}
