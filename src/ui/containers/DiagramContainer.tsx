import { useRef } from 'react';
import * as ls from '../../store/lessonSelectors';
import * as sel from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { ClusterDiagram } from '../diagram/ClusterDiagram';
import { useStepHighlights } from '../diagram/useStepHighlights';
import { DiagramLegend } from '../diagram/DiagramLegend';
import { useElementSize } from '../useElementSize';
import { useThrottledValue } from '../useThrottledValue';

/**
 * At "Fast" the diagram is redrawn at most this often, while the table and the Timeline follow
 * every answer: nobody reads a cluster drawing ten times a second, and redrawing (and laying out)
 * it on every answer was most of each frame.
 */
const FAST_REDRAW_MS = 100;
/** The smallest text the diagram draws, in CSS pixels: read from the back of the room in Presenter view. */
export const MIN_TEXT_PX = { normal: 12, presenter: 18 } as const;

/** The Legend button's distance from the diagram's right edge, and a gap before the corner's text. */
const LEGEND_BUTTON_MARGIN_PX = 16;

export function DiagramContainer() {
  const ref = useRef<HTMLElement>(null);
  const { width, height } = useElementSize(ref);
  const legendButton = useRef<HTMLElement>(null);
  const legendButtonW = useElementSize(legendButton).width;
  const presenter = useAppStore(ls.selectPresenter);
  const animate = useAppStore(sel.selectAnimate);
  const view = useThrottledValue(useAppStore(sel.selectView), animate ? 0 : FAST_REDRAW_MS);
  const selection = useAppStore(sel.selectSelection);
  const highlights = useStepHighlights(view, animate);
  const actions = useAppStore(sel.selectActions);
  return (
    <section className="diagram" ref={ref} aria-label="Cluster diagram">
      {view && width > 0 && height > 0 ? (
        <ClusterDiagram
          view={view}
          width={width}
          height={height}
          minTextPx={presenter ? MIN_TEXT_PX.presenter : MIN_TEXT_PX.normal}
          selection={selection}
          animate={animate}
          onActivateBroker={actions.openBrokerPanel}
          onSelect={actions.select}
          highlights={highlights}
          cornerReservePx={legendButtonW > 0 ? legendButtonW + LEGEND_BUTTON_MARGIN_PX : 0}
        />
      ) : (
        <p className="diagram-loading">Loading the cluster…</p>
      )}
      <DiagramLegend buttonRef={legendButton} />
    </section>
  );
}
