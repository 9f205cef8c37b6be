import { type RefObject, useEffect } from 'react';

/** Keeps the element marked aria-current inside `ref` in view as `key` (the current item) changes. */
export function useKeepInView(ref: RefObject<HTMLElement | null>, key: unknown): void {
  useEffect(() => {
    if (key === null || key === undefined) return;
    ref.current?.querySelector('[aria-current]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [ref, key]);
}
