// A lesson's intro above its tabs: the goal, about how long it takes, what the class will see,
// the seed page it grew from, and whether this browser has done it (kept in localStorage; a
// lesson played to its last step counts as done).
import { useEffect, useState } from 'react';
import { lessonIntros, SEED_TITLES } from '../../lessons/extras/intros';
import { readDone, writeDone } from '../../lessons/extras/progress';
import { lessonCatalog } from '../../lessons/catalog';
import * as ls from '../../store/lessonSelectors';
import { browserStorage } from '../../store/savedScenarios';
import * as sel from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import './lessonIntro.css';

export default function LessonIntro({ lessonId, seedRefs }: { lessonId: string; seedRefs: readonly string[] }) {
  const intro = lessonIntros[lessonId];
  const [done, setDone] = useState(() => readDone(browserStorage()));
  const run = useAppStore(ls.selectLessonRun);
  const forkStep = useAppStore(ls.selectForkStep);
  const atEnd = useAppStore((s) => run !== null && forkStep === null && sel.selectCurrentStep(s) >= run.stepCount);
  const isDone = done.includes(lessonId);
  const mark = (on: boolean) => setDone(writeDone(browserStorage(), lessonId, on).done);
  // Seeing the whole story through counts as having done the lesson.
  // biome-ignore lint/correctness/useExhaustiveDependencies: mark only changes with the lesson
  useEffect(() => {
    if (atEnd && !isDone) mark(true);
  }, [atEnd, isDone, lessonId]);
  if (!intro) return null;
  return (
    <details className="lesson-intro">
      <summary>
        <span className="lesson-intro-goal">{intro.goal}</span> <span className="lesson-intro-meta">· about {intro.minutes} min · {isDone ? '✓ done' : 'not yet done'}</span>
      </summary>
      <p>
        <strong>What you will see:</strong>
      </p>
      <ul>
        {intro.see.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p>
        <strong>From the seed page{seedRefs.length > 1 ? 's' : ''}:</strong> {seedRefs.map((r) => `${r} “${SEED_TITLES[r] ?? 'unknown'}”`).join('; ')}
      </p>
      <label className="lesson-intro-done">
        <input type="checkbox" checked={isDone} onChange={(e) => mark(e.target.checked)} /> Lesson done
      </label>
      <p className="panel-sub">
        {done.filter((id) => lessonCatalog.some((l) => l.id === id)).length} of {lessonCatalog.length} lessons done in this browser.
      </p>
    </details>
  );
}
