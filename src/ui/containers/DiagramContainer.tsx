import { useRef } from 'react';
import * as sel from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { ClusterDiagram } from '../diagram/ClusterDiagram';
import { useElementSize } from '../useElementSize';
import { useRootFontPx } from '../useRootFontPx';

export function DiagramContainer() {
  const ref = useRef<HTMLElement>(null);
  const { width, height } = useElementSize(ref);
  const fontPx = useRootFontPx();
  const view = useAppStore(sel.selectView);
  const selection = useAppStore(sel.selectSelection);
  const animate = useAppStore(sel.selectAnimate);
  const actions = useAppStore(sel.selectActions);
  return (
    <section className="diagram" ref={ref} aria-label="Cluster diagram">
      {view && width > 0 && height > 0 ? (
        <ClusterDiagram
          view={view}
          width={width}
          height={height}
          scale={fontPx / 16}
          selection={selection}
          animate={animate}
          onActivateBroker={actions.openBrokerPanel}
          onSelect={actions.select}
        />
      ) : (
        <p className="diagram-loading">Loading the cluster…</p>
      )}
    </section>
  );
}
