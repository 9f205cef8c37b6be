// The side panel beside the diagram: a handle to resize it (drag, or the arrow keys), a button to
// collapse it to a slim strip, and the inspector, which folds away to its heading's button. The
// inspector unfolds by itself when something is selected in the diagram (a broker's panel).
import { type KeyboardEvent, type PointerEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useElementSize } from '../useElementSize';
import { clampSideWidth, MIN_SIDE_PX, SIDE_STEP_PX } from './sidePanelSize';

interface Props {
  widthPx: number | null;
  collapsed: boolean;
  onResize(widthPx: number): void;
  onCollapse(collapsed: boolean): void;
  /** The inspector (absent in Presenter view) and what unfolds it. */
  inspector: ReactNode | null;
  selectionKey: string | null;
  children: ReactNode;
}

export function SidePanel({ widthPx, collapsed, onResize, onCollapse, inspector, selectionKey, children }: Props) {
  const ref = useRef<HTMLElement>(null);
  const [inspectorOpen, setInspectorOpen] = useState(true);
  const measured = useElementSize(ref).width;
  useEffect(() => {
    if (selectionKey !== null) setInspectorOpen(true);
  }, [selectionKey]);
  const current = () => widthPx ?? ref.current?.getBoundingClientRect().width ?? 400;
  const onKeyDown = (e: KeyboardEvent) => {
    const delta = { ArrowLeft: SIDE_STEP_PX, ArrowRight: -SIDE_STEP_PX }[e.key];
    if (delta === undefined) return;
    // Handled here: the playback shortcuts (the arrows step) must not also fire.
    e.preventDefault();
    onResize(clampSideWidth(current() + delta, window.innerWidth));
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    const startX = e.clientX;
    const startW = current();
    const move = (m: globalThis.PointerEvent) => onResize(clampSideWidth(startW + startX - m.clientX, window.innerWidth));
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };
  if (collapsed)
    return (
      <aside className="side is-collapsed" aria-label="Details">
        <button type="button" className="side-toggle" aria-expanded={false} onClick={() => onCollapse(false)} title="Show side panel">
          <span aria-hidden="true">◀</span>
          <span className="visually-hidden">Show side panel</span>
        </button>
      </aside>
    );
  return (
    <aside className="side" aria-label="Details" ref={ref}>
      {/* biome-ignore lint/a11y/useSemanticElements: a focusable window splitter, the ARIA separator pattern */}
      <div
        className="side-resizer"
        role="separator"
        aria-orientation="vertical"
        aria-label="Resize side panel"
        aria-valuenow={Math.round(widthPx ?? measured)}
        aria-valuemin={MIN_SIDE_PX}
        aria-valuemax={Math.round(typeof window === 'undefined' ? 2000 : window.innerWidth * 0.55)}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
      />
      <div className="side-bar">
        {inspector !== null && (
          <button type="button" className="side-fold" aria-expanded={inspectorOpen} onClick={() => setInspectorOpen(!inspectorOpen)}>
            {inspectorOpen ? 'Fold inspector' : 'Show inspector'}
          </button>
        )}
        <button type="button" className="side-toggle" aria-expanded={true} onClick={() => onCollapse(true)}>
          Hide side panel <span aria-hidden="true">▶</span>
        </button>
      </div>
      {inspectorOpen && inspector}
      {children}
    </aside>
  );
}
