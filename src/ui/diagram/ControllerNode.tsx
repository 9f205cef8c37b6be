import type { ClusterView } from '../../engine/view.types';
import { controllerLabel } from '../describe';
import type { DiagramLayout } from './layout';
import { StoryMark, storyAttrs } from './StoryMark';
import { svgButtonProps } from './svgButton';

interface Props {
  view: ClusterView;
  layout: DiagramLayout;
  selected: boolean;
  onSelect(): void;
  /** The controller acted in the current step. */
  acting?: boolean;
}

export function ControllerNode({ view, layout, selected, onSelect, acting = false }: Props) {
  const r = layout.controller;
  const at = view.controller.activeBroker;
  const sub = view.metadataMode === 'zookeeper' ? `on broker ${at ?? '—'}` : at === null ? 'KRaft quorum' : `KRaft · active ${at}`;
  return (
    <g>
      <g className={`dg-controller${selected ? ' is-selected' : ''}`} {...svgButtonProps(controllerLabel(view), onSelect, selected)} {...storyAttrs({ acting })}>
        <StoryMark rect={r} acting={acting} rx={r.h / 2} />
        <rect className="dg-controller-box" x={r.x} y={r.y} width={r.w} height={r.h} rx={r.h / 2} />
        {r.h < 40 ? (
          // A big cluster's short band: one line.
          <text className="dg-title" x={r.x + r.w / 2} y={r.y + r.h / 2 + 5} textAnchor="middle">
            Controller <tspan className="dg-small">· {sub}</tspan>
          </text>
        ) : (
          <>
            <text className="dg-title" x={r.x + r.w / 2} y={r.y + 21} textAnchor="middle">
              Controller
            </text>
            <text className="dg-small" x={r.x + r.w / 2} y={r.y + 39} textAnchor="middle">
              {sub}
            </text>
          </>
        )}
      </g>
      {layout.zookeeper.length > 0 && (
        // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a drawing with a name, not a control
        <g className="dg-zk" role="img" aria-label={`ZooKeeper ensemble of ${layout.zookeeper.length} nodes`}>
          {layout.zookeeper.map((z, i) => (
            <g key={`${z.x}`}>
              <circle cx={z.x} cy={z.y} r={z.r} />
              <text x={z.x} y={z.y + 4} textAnchor="middle" className={z.r < 16 ? 'dg-small dg-zk-small' : 'dg-small'}>
                ZK{i + 1}
              </text>
            </g>
          ))}
        </g>
      )}
    </g>
  );
}
