// The side panel's width: dragged or moved with the arrow keys between limits that keep the
// diagram usable, remembered in the browser. Pure parts tested without a browser.

/** The narrowest side panel that still shows the inspector's buttons and a tracker column or two. */
export const MIN_SIDE_PX = 260;
/** The diagram keeps at least this share of the window. */
export const MAX_SIDE_SHARE = 0.55;
export const SIDE_STEP_PX = 32;
const STORAGE_KEY = 'kafkascope:side-panel';

export function clampSideWidth(px: number, viewportW: number): number {
  const max = Math.max(MIN_SIDE_PX, Math.floor(viewportW * MAX_SIDE_SHARE));
  return Math.round(Math.min(max, Math.max(MIN_SIDE_PX, px)));
}

export interface SidePanelPrefs {
  /** null: the layout's default width for the screen and view (layout.css). */
  widthPx: number | null;
  collapsed: boolean;
}

export function readSidePrefs(storage: Pick<Storage, 'getItem'> | null): SidePanelPrefs {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<SidePanelPrefs>) : {};
    return {
      widthPx: typeof parsed.widthPx === 'number' && Number.isFinite(parsed.widthPx) ? parsed.widthPx : null,
      collapsed: parsed.collapsed === true,
    };
  } catch {
    // A hand-edited or foreign value: start from the defaults.
    return { widthPx: null, collapsed: false };
  }
}

export function writeSidePrefs(storage: Pick<Storage, 'setItem'> | null, prefs: SidePanelPrefs): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(prefs));
  } catch {
    // Private mode or a full quota: the panel still works, it just forgets.
  }
}
