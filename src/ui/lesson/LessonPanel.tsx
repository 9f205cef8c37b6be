// The lesson panel beside the diagram: the lesson's title, the learning modes as tabs, and a plain
// warning once an intervention has changed the run the modes describe.
import { type ReactNode, useRef } from 'react';
import type { LessonTab } from '../../store/state';
import { LessonTabs, PANEL_ID, tabId } from './LessonTabs';
import { usePrefetchOnIntent } from './usePrefetchOnIntent';

interface Props {
  heading: string;
  /** What the modes describe: a built-in lesson, or any other scenario. */
  subject: 'lesson' | 'scenario';
  tab: LessonTab;
  forkStep: number | null;
  onTab(tab: LessonTab): void;
  onRestart(): void;
  /** A pointer or the focus came to the tabs: the modes behind them are about to be wanted. */
  onTabsIntent(): void;
  tabs?: readonly { id: LessonTab; label: string }[];
  /** Shown above the tabs: a lesson's intro. */
  intro?: ReactNode;
  children: ReactNode;
}

export function LessonPanel({ heading, subject, tab, forkStep, onTab, onRestart, onTabsIntent, tabs, intro, children }: Props) {
  const tabsRef = useRef<HTMLDivElement>(null);
  usePrefetchOnIntent(tabsRef, onTabsIntent);
  return (
    <section className="panel lesson-panel" aria-labelledby="lesson-heading">
      <h2 id="lesson-heading">{heading}</h2>
      {forkStep !== null && (
        <div className="lesson-forked" role="note">
          <p>
            You changed the run at step {forkStep}. From there on, these modes (and the quiz answers) describe the {subject}'s own run,
            not what is on screen now.
          </p>
          <button type="button" onClick={onRestart}>
            Restart {subject}
          </button>
        </div>
      )}
      {intro}
      <LessonTabs listRef={tabsRef} selected={tab} onSelect={onTab} tabs={tabs} />
      {/* Keyed by tab: each mode opens at its top, not where the previous one was scrolled to. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the tab panel scrolls and must be reachable by keyboard */}
      <div key={tab} className="lesson-tabpanel" role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(tab)} tabIndex={0}>
        {children}
      </div>
    </section>
  );
}
