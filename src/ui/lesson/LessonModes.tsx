// The learning modes other than the status tracker, wired to the store. Loaded on demand (it is
// the lesson tools' first user), so the first paint does not wait for it.
import * as ls from '../../store/lessonSelectors';
import { MAX_RUN_STEPS } from '../../store/lessonRunner';
import type { LessonTab } from '../../store/state';
import * as sel from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { LessonModeContent } from './LessonModeContent';
import './modes.css';

export default function LessonModes({ tab }: { tab: LessonTab }) {
  const kit = useAppStore(ls.selectLessonKit);
  const run = useAppStore(ls.selectLessonRun);
  const lesson = useAppStore(ls.selectLesson);
  const scenario = useAppStore(sel.selectScenario);
  const error = useAppStore(ls.selectLessonRunError);
  if (error) return <p className="mode-empty">{error}</p>;
  if (!kit || !run || !scenario) return <p className="mode-empty">Playing the run for the learning modes…</p>;
  return (
    <>
      {run.stepCount >= MAX_RUN_STEPS && <p className="panel-sub">These modes cover the first {MAX_RUN_STEPS} steps of this long run.</p>}
      <LessonModeContent tab={tab} inputs={{ kit, run, lesson, scenario }} />
    </>
  );
}
