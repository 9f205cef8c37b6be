// The learning modes as tabs (ARIA tabs pattern: one tab in the Tab order, arrows move between them).
import { type KeyboardEvent, type RefObject, useRef } from 'react';
import type { LessonTab } from '../../store/state';

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

interface Props {
  /** The tab list, for a parent that listens on it. */
  listRef?: RefObject<HTMLDivElement | null>;
  selected: LessonTab;
  onSelect(tab: LessonTab): void;
  /** The tabs on offer (the seven modes, and a lesson's own). */
  tabs?: readonly { id: LessonTab; label: string }[];
}

export function LessonTabs({ listRef: given, selected, onSelect, tabs = LESSON_TABS }: Props) {
  const own = useRef<HTMLDivElement>(null);
  const listRef = given ?? own;
  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === selected);
    const last = tabs.length - 1;
    const next = { ArrowRight: i === last ? 0 : i + 1, ArrowDown: i === last ? 0 : i + 1, ArrowLeft: i === 0 ? last : i - 1, ArrowUp: i === 0 ? last : i - 1, Home: 0, End: last }[e.key];
    if (next === undefined) return;
    // Handled here: the playback shortcuts (arrows, Home) must not also fire.
    e.preventDefault();
    onSelect(tabs[next].id);
    listRef.current?.querySelector<HTMLButtonElement>(`#${tabId(tabs[next].id)}`)?.focus();
  };
  return (
    <div className="lesson-tabs" role="tablist" aria-label="Learning modes" ref={listRef} onKeyDown={onKeyDown}>
      {tabs.map((t) => (
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
      ))}
    </div>
  );
}
