import * as sel from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { AboutSimulation } from '../about/AboutSimulation';
import { simplifications } from '../about/simplifications';
import { ImportScenario } from '../controls/ImportScenario';
import { ThemeToggle } from '../controls/ThemeToggle';

export function HeaderContainer() {
  const actions = useAppStore(sel.selectActions);
  const title = useAppStore(sel.selectTitle);
  const seed = useAppStore((s) => s.seed);
  return (
    <div className="app-bar">
      <h1>
        KafkaScope<span className="scenario-title">{title ? ` · ${title}` : ''}</span>
        {title ? <span className="seed"> (seed {seed})</span> : null}
      </h1>
      <div className="app-bar-tools">
        <ImportScenario error={useAppStore(sel.selectImportError)} onFile={actions.importScenarioText} onDismiss={actions.dismissImportError} />
        <ThemeToggle theme={useAppStore(sel.selectTheme)} onChange={actions.setTheme} />
        <AboutSimulation items={simplifications} />
      </div>
    </div>
  );
}
