// The highlights of the step the diagram shows: the acting component, from its row, and what
// changed, from the step's events and, after one step forward, from the view before it. None
// while playing fast: nobody can read a highlight that lasts a tenth of a second.
import { useMemo, useRef } from 'react';
import type { ClusterView } from '../../engine/view.types';
import * as sel from '../../store/selectors';
import { selectStepEvents } from '../../store/storyNavigation';
import { useAppStore } from '../../store/useAppStore';
import { type StepHighlights, stepHighlights } from '../../story/highlights';

export function useStepHighlights(view: ClusterView | null, animate: boolean): StepHighlights | null {
  const row = useAppStore(sel.selectCurrentRow);
  const events = useAppStore(selectStepEvents);
  const previous = useRef<{ view: ClusterView | null; before: ClusterView | null }>({ view: null, before: null });
  if (previous.current.view !== view) previous.current = { view, before: previous.current.view };
  const before = previous.current.before;
  return useMemo(() => {
    if (!view || !animate || view.step === 0) return null;
    return stepHighlights(row?.step === view.step ? row.component : null, events, view, before);
  }, [view, animate, row, events, before]);
}
