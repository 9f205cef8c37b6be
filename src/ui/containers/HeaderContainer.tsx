import * as ls from '../../store/lessonSelectors';
import * as sel from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { AboutSimulation } from '../about/AboutSimulation';
import { simplifications } from '../about/simplifications';
import { PresenterToggle } from '../controls/PresenterToggle';
import { ThemeToggle } from '../controls/ThemeToggle';

export function HeaderContainer() {
  const actions = useAppStore(sel.selectActions);
  const lessonActions = useAppStore(ls.selectLessonActions);
  const title = useAppStore(sel.selectTitle);
  const seed = useAppStore((s) => s.seed);
  return (
    <div className="app-bar">
      <h1>
        KafkaScope<span className="scenario-title">{title ? ` · ${title}` : ''}</span>
        {title ? <span className="seed"> (seed {seed})</span> : null}
      </h1>
      <div className="app-bar-tools">
        <PresenterToggle on={useAppStore(ls.selectPresenter)} onChange={lessonActions.setPresenter} />
        <ThemeToggle theme={useAppStore(sel.selectTheme)} onChange={actions.setTheme} />
        <AboutSimulation items={simplifications} />
      </div>
    </div>
  );
}
