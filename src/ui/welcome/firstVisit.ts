// Whether the page opens with the first-visit panel: only on a plain address (no lesson, share
// link or step in it) and until the visitor has chosen a way in once. Pure, tested.
const STORAGE_KEY = 'kafkascope:welcomed';

export function isFirstVisit(search: string, hash: string, storage: Pick<Storage, 'getItem'> | null): boolean {
  if (search !== '' || hash !== '') return false;
  try {
    return storage?.getItem(STORAGE_KEY) !== '1';
  } catch {
    return true;
  }
}

export function rememberWelcomed(storage: Pick<Storage, 'setItem'> | null): void {
  try {
    storage?.setItem(STORAGE_KEY, '1');
  } catch {
    // Private mode: the panel shows again next time, which is harmless.
  }
}
