// `?embed=1`: the compact player for a course page or slides — the diagram, the narration, the step
// controls and the timeline (held to `from`…`to`); no editor, import, lessons bar or side panel.
import { MotionConfig } from 'motion/react';
import { useCallback, useEffect, useMemo } from 'react';
import * as sel from '../../store/selectors';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { DiagramContainer } from '../containers/DiagramContainer';
import { NarrationContainer } from '../containers/NarrationContainer';
import { PlaybackContainer } from '../containers/PlaybackContainer';
import type { Command } from '../controls/shortcuts';
import { useKeyboardShortcuts } from '../controls/useKeyboardShortcuts';
import { useLaunch } from '../useLaunch';
import { embedParamsOf } from './embedParams';
import { useEmbedRange } from './useEmbedRange';
import './embed.css';

/** The same page without `embed`, `from` and `to`: the whole app, in a new tab. */
function fullAppHref(): string {
  const q = new URLSearchParams(location.search);
  for (const k of ['embed', 'from', 'to']) q.delete(k);
  const query = q.toString();
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

export default function EmbedApp() {
  const store = useAppStoreApi();
  const actions = useAppStore(sel.selectActions);
  const title = useAppStore(sel.selectTitle);
  const theme = useAppStore(sel.selectTheme);
  const range = useMemo(() => embedParamsOf(location.search) ?? { from: 0, to: null }, []);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const run = useCallback(
    (command: Command) => {
      // The keys never step out of from…to (the buttons are disabled there already).
      const step = store.getState().currentStep;
      if (command === 'togglePlay') actions.togglePlay();
      else if (command === 'stepForward') {
        if (range.to === null || step < range.to) actions.stepForward();
      } else if (command === 'stepBack') {
        if (step > range.from) actions.stepBack();
      } else actions.seek(range.from);
    },
    [actions, range, store],
  );
  useKeyboardShortcuts(run);
  useLaunch(store);
  useEmbedRange(store, range);
  return (
    <MotionConfig reducedMotion="user">
      <div className="app embed">
        <header className="app-header">
          <div className="app-bar">
            <h1>
              KafkaScope<span className="scenario-title">{title ? ` · ${title}` : ''}</span>
            </h1>
            <a href={fullAppHref()} target="_blank" rel="noopener">
              Open in KafkaScope
            </a>
          </div>
          <PlaybackContainer minStep={range.from} maxStep={range.to ?? undefined} />
        </header>
        <main className="stage embed-stage">
          <div className="stage-main">
            <DiagramContainer />
            <NarrationContainer />
          </div>
        </main>
      </div>
    </MotionConfig>
  );
}
