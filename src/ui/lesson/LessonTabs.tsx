// The learning modes as tabs (ARIA tabs pattern: one tab in the Tab order, arrows move between them).
// They keep to one row: the tabs that do not fit the side panel are offered by a "More learning
// modes" select beside it (tabsFit.ts), and the open mode always has its tab in the row. The arrow
// keys walk every mode, those in the select too.
import { type KeyboardEvent, type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LessonTab } from '../../store/state';
import { useElementSize } from '../useElementSize';
import { fitTabs } from './tabsFit';

export const LESSON_TABS: readonly { id: LessonTab; label: string }[] = [
  { id: 'flow', label: 'Process flow' },
  { id: 'code', label: 'Execution sample' },
  { id: 'tracker', label: 'Status tracker' },
  { id: 'moments', label: 'Key moments' },
  { id: 'quiz', label: 'Visual quiz' },
  { id: 'concept', label: 'Concept snapshot' },
  { id: 'transcript', label: 'Full transcript' },
];

/** The tabs a lesson adds: a deep dive for every lesson, Compare for those built on a contrast. */
export function lessonTabs(isLesson: boolean, hasCompare: boolean): readonly { id: LessonTab; label: string }[] {
  if (!isLesson) return LESSON_TABS;
  return [...LESSON_TABS, { id: 'deepdive', label: 'Deep dive' }, ...(hasCompare ? [{ id: 'compare' as const, label: 'Compare' }] : [])];
}

export const tabId = (tab: LessonTab) => `lesson-tab-${tab}`;
export const PANEL_ID = 'lesson-tabpanel';
const MORE_TEXT = 'More…';

interface Props {
  /** The row of tabs (and its select), for a parent that listens on it. */
  listRef?: RefObject<HTMLDivElement | null>;
  selected: LessonTab;
  onSelect(tab: LessonTab): void;
  /** The tabs on offer (the seven modes, and a lesson's own). */
  tabs?: readonly { id: LessonTab; label: string }[];
}

let canvas: HTMLCanvasElement | null = null;
/** Each label's width in the tabs' own font, plus the padding and border a tab draws around it. */
function measureTabs(sample: HTMLElement, labels: readonly string[], extra: readonly string[]): number[] {
  canvas ??= document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return labels.map(() => sample.offsetWidth);
  ctx.font = getComputedStyle(sample).font;
  const chrome = sample.offsetWidth - ctx.measureText(sample.textContent ?? '').width;
  // One pixel of slack: canvas and layout round text widths differently.
  return [...labels, ...extra].map((l) => Math.ceil(ctx.measureText(l).width + chrome) + 1);
}

/** Which tabs the row shows, remeasured whenever its width, the labels or the open tab change. */
function useTabsFit(rowRef: RefObject<HTMLDivElement | null>, tabs: Props['tabs'] & {}, selected: number) {
  const { width } = useElementSize(rowRef);
  // The fit is for the labels it was measured with: another lesson's tabs start from all shown.
  const [measured, setFit] = useState<{ shown: number[]; overflow: number[]; labels: string } | null>(null);
  const labels = tabs.map((t) => t.label).join('\n');
  const fit = measured?.labels === labels ? measured : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: labels stands for the tabs' content
  useLayoutEffect(() => {
    const row = rowRef.current;
    // The open tab (bold, so the widest) when drawn; until then any tab, and a second pass fixes it.
    const sample = row?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ?? row?.querySelector<HTMLElement>('[role="tab"]');
    if (!row || !sample || width === 0) return;
    const gap = Number.parseFloat(getComputedStyle(row).columnGap) || 0;
    const select = row.querySelector<HTMLElement>('select');
    const widths = measureTabs(sample, tabs.map((t) => t.label), [MORE_TEXT]);
    // The select's arrow takes about two characters' room more than a tab's padding.
    const moreW = select?.offsetWidth ?? (widths.pop() ?? 0) + 2 * sample.offsetHeight * 0.6;
    const next = fitTabs(widths.slice(0, tabs.length), width, selected, moreW, gap);
    setFit((f) => (f && f.labels === labels && f.shown.join() === next.shown.join() && f.overflow.join() === next.overflow.join() ? f : { ...next, labels }));
  }, [width, labels, selected, fit ? `${fit.shown}|${fit.overflow}` : '']);
  return fit ?? { shown: tabs.map((_, i) => i), overflow: [] };
}

export function LessonTabs({ listRef: given, selected, onSelect, tabs = LESSON_TABS }: Props) {
  const own = useRef<HTMLDivElement>(null);
  const rowRef = given ?? own;
  const index = Math.max(0, tabs.findIndex((t) => t.id === selected));
  const { shown, overflow } = useTabsFit(rowRef, tabs, index);
  // An arrow key may open a mode whose tab is not in the row yet: focus it once it is drawn.
  const focusNext = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: shown changes when the tab to focus is drawn
  useEffect(() => {
    const tab = focusNext.current ? rowRef.current?.querySelector<HTMLButtonElement>(`#${tabId(selected)}`) : null;
    if (!tab) return;
    focusNext.current = false;
    tab.focus();
  }, [selected, rowRef, shown]);
  const onKeyDown = (e: KeyboardEvent) => {
    const last = tabs.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowDown: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, ArrowUp: index === 0 ? last : index - 1, Home: 0, End: last }[e.key];
    if (next === undefined) return;
    // Handled here: the playback shortcuts (arrows, Home) must not also fire.
    e.preventDefault();
    focusNext.current = true;
    onSelect(tabs[next].id);
  };
  return (
    <div className="lesson-tabs-row" ref={rowRef}>
      <div className="lesson-tabs" role="tablist" aria-label="Learning modes" onKeyDown={onKeyDown}>
        {shown.map((i) => {
          const t = tabs[i];
          return (
            <button
              key={t.id}
              id={tabId(t.id)}
              type="button"
              role="tab"
              aria-selected={t.id === selected}
              aria-controls={PANEL_ID}
              tabIndex={t.id === selected ? 0 : -1}
              onClick={() => onSelect(t.id)}
            >
              {t.label}
            </button>
          );
        })}
      </div>
      {overflow.length > 0 && (
        <select className="lesson-tabs-more" aria-label="More learning modes" value="" onChange={(e) => e.target.value && onSelect(e.target.value as LessonTab)}>
          <option value="" disabled>
            {MORE_TEXT}
          </option>
          {overflow.map((i) => (
            <option key={tabs[i].id} value={tabs[i].id}>
              {tabs[i].label}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
