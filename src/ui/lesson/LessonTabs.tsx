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

export const tabId = (tab: LessonTab) => `lesson-tab-${tab}`;
export const PANEL_ID = 'lesson-tabpanel';

interface Props {
  /** The tab list, for a parent that listens on it. */
  listRef?: RefObject<HTMLDivElement | null>;
  selected: LessonTab;
  onSelect(tab: LessonTab): void;
}

export function LessonTabs({ listRef: given, selected, onSelect }: Props) {
  const own = useRef<HTMLDivElement>(null);
  const listRef = given ?? own;
  const onKeyDown = (e: KeyboardEvent) => {
    const i = LESSON_TABS.findIndex((t) => t.id === selected);
    const last = LESSON_TABS.length - 1;
    const next = { ArrowRight: i === last ? 0 : i + 1, ArrowDown: i === last ? 0 : i + 1, ArrowLeft: i === 0 ? last : i - 1, ArrowUp: i === 0 ? last : i - 1, Home: 0, End: last }[e.key];
    if (next === undefined) return;
    // Handled here: the playback shortcuts (arrows, Home) must not also fire.
    e.preventDefault();
    onSelect(LESSON_TABS[next].id);
    listRef.current?.querySelector<HTMLButtonElement>(`#${tabId(LESSON_TABS[next].id)}`)?.focus();
  };
  return (
    <div className="lesson-tabs" role="tablist" aria-label="Learning modes" ref={listRef} onKeyDown={onKeyDown}>
      {LESSON_TABS.map((t) => (
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
