// The "Lessons" navigation: every built-in lesson, linked by its title (from the lesson catalog,
// so the list is there at first paint). A plain click opens the lesson in place; a modified click
// (new tab, new window) follows the link like any other.
import { type MouseEvent, useRef } from 'react';
import { useKeepInView } from './useKeepInView';

interface Props {
  lessons: readonly { id: string; title: string }[];
  currentId: string | null;
  onOpen(id: string): void;
}

export function lessonHref(id: string): string {
  return `?scenario=${encodeURIComponent(id)}`;
}

export function LessonsNav({ lessons, currentId, onOpen }: Props) {
  const ref = useRef<HTMLOListElement>(null);
  useKeepInView(ref, currentId);
  const onClick = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onOpen(id);
  };
  return (
    <nav className="lessons-nav" aria-label="Lessons">
      <span className="lessons-label" aria-hidden="true">
        Lessons
      </span>
      <ol ref={ref}>
        {lessons.map((l, i) => (
          <li key={l.id}>
            <a href={lessonHref(l.id)} title={l.title} aria-current={l.id === currentId ? 'page' : undefined} onClick={(e) => onClick(e, l.id)}>
              <span className="lesson-number" aria-hidden="true">
                {i + 1}
              </span>
              <span className="lesson-title">{l.title}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
