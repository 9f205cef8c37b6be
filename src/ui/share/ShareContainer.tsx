// "Share", wired: the store makes the link to the scenario, seed and step; the interventions made
// so far go into its hash (the engine client's command log), and the embed code frames it.
import { useEffect, useState } from 'react';
import { sessionDeps } from '../../session/sessionDeps';
import type { SessionIntervention } from '../../session/protocol';
import * as ls from '../../store/lessonSelectors';
import * as sel from '../../store/selectors';
import { withLog } from '../../store/shareLink';
import { useAppStore } from '../../store/useAppStore';
import { embedCode } from './embedCode';
import { SharePanel } from './SharePanel';

export function ShareContainer() {
  const lessonActions = useAppStore(ls.selectLessonActions);
  const ready = useAppStore(sel.selectReady);
  const title = useAppStore(sel.selectTitle);
  const base = useAppStore(ls.selectShareLink);
  const [shared, setShared] = useState<{ link: string; interventions: number } | null>(null);
  useEffect(() => {
    if (!base) return setShared(null);
    let live = true;
    const interventions = (sessionDeps().client.interventions?.() ?? []) as readonly SessionIntervention[];
    void withLog(base, interventions).then((link) => live && setShared({ link, interventions: interventions.length }));
    return () => {
      live = false;
    };
  }, [base]);
  const n = shared?.interventions ?? 0;
  return (
    <SharePanel
      link={base ? (shared?.link ?? null) : null}
      embedCode={shared ? embedCode(shared.link, title) : null}
      note={n === 0 ? 'Anyone opening it sees this scenario at this step.' : `Anyone opening it sees this run at this step, with your ${n} intervention${n === 1 ? '' : 's'}.`}
      disabled={!ready}
      onShare={() => void lessonActions.share()}
      onClose={lessonActions.closeShare}
    />
  );
}
