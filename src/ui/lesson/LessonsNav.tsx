// The "Lessons" navigation: a button that opens a panel with every built-in lesson at once (its
// number, its title as a link, its goal and minutes), beside the current lesson's name. The list
// comes from the lesson catalog, so it is there at first paint. A plain click opens the lesson in
// place; a modified click (new tab, new window) follows the link like any other.
import { type MouseEvent, type RefObject, useEffect, useId, useRef, useState } from 'react';
import type { LessonEntry } from '../../lessons/catalog';

interface Props {
  lessons: readonly LessonEntry[];
  currentId: string | null;
  onOpen(id: string): void;
}

export function lessonHref(id: string): string {
  return `?scenario=${encodeURIComponent(id)}`;
}

export function LessonsNav({ lessons, currentId, onOpen }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const ref = useRef<HTMLElement>(null);
  useCloseOnOutside(ref, open, () => setOpen(false));
  const index = lessons.findIndex((l) => l.id === currentId);
  const onClick = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    setOpen(false);
    onOpen(id);
  };
  return (
    <nav className="lessons-nav" aria-label="Lessons" ref={ref}>
      <button type="button" className="lessons-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">☰ </span>Lessons <span className="lessons-count">({lessons.length})</span>
      </button>
      {index >= 0 && (
        <span className="lessons-current" title={lessons[index].title}>
          {index + 1}. {lessons[index].title}
        </span>
      )}
      <div className="lessons-panel" id={panelId} hidden={!open}>
        <ol>
          {lessons.map((l, i) => (
            <li key={l.id} className={l.id === currentId ? 'is-current' : undefined}>
              <span className="lesson-number" aria-hidden="true">
                {i + 1}
              </span>
              <div className="lesson-card">
                <a href={lessonHref(l.id)} aria-current={l.id === currentId ? 'page' : undefined} onClick={(e) => onClick(e, l.id)}>
                  {l.title}
                </a>
                <p className="lesson-goal">{l.goal}</p>
                <p className="lesson-minutes">about {l.minutes} min</p>
              </div>
            </li>
          ))}
        </ol>
      </div>
    </nav>
  );
}

/** The panel closes on Escape (focus back on its button) and on a press outside the navigation. */
function useCloseOnOutside(ref: RefObject<HTMLElement | null>, open: boolean, close: () => void) {
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (e.target instanceof Node && !ref.current?.contains(e.target)) close();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      close();
      ref.current?.querySelector<HTMLButtonElement>('.lessons-toggle')?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [ref, open, close]);
}
