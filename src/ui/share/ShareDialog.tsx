// The Share dialog, loaded on the first "Share": the store's link to the scenario, seed and step,
// with the interventions made so far in its hash (the engine client's command log), and the embed
// code that frames it.
import { useEffect, useState } from 'react';
import type { SessionIntervention } from '../../session/protocol';
import { sessionDeps } from '../../session/sessionDeps';
import * as sel from '../../store/selectors';
import { withLog } from '../../store/shareLog';
import { useAppStore } from '../../store/useAppStore';
import { embedCode } from './embedCode';
import { SharePanel } from './SharePanel';

export default function ShareDialog({ base, onClose }: { base: string; onClose(): void }) {
  const title = useAppStore(sel.selectTitle);
  const [shared, setShared] = useState<{ link: string; interventions: number } | null>(null);
  useEffect(() => {
    let live = true;
    const interventions = (sessionDeps().client.interventions?.() ?? []) as readonly SessionIntervention[];
    void withLog(base, interventions).then((link) => live && setShared({ link, interventions: interventions.length }));
    return () => {
      live = false;
    };
  }, [base]);
  if (!shared) return null;
  const n = shared.interventions;
  return (
    <SharePanel
      link={shared.link}
      embedCode={embedCode(shared.link, title)}
      note={n === 0 ? 'Anyone opening it sees this scenario at this step.' : `Anyone opening it sees this run at this step, with your ${n} intervention${n === 1 ? '' : 's'}.`}
      onClose={onClose}
    />
  );
}
