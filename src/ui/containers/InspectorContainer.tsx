import type { Intervention } from '../../engine/api.types';
import * as sel from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { Inspector } from '../inspector/Inspector';
import { inspectorContent } from '../inspector/inspectorFields';

export function InspectorContainer() {
  const view = useAppStore(sel.selectView);
  const selection = useAppStore(sel.selectSelection);
  const focusKey = useAppStore(sel.selectPanelFocusRequest);
  const actions = useAppStore(sel.selectActions);
  const content = view && selection ? inspectorContent(view, selection) : null;
  const b = selection?.kind === 'broker' ? view?.brokers.find((x) => x.id === selection.broker) : undefined;
  const onBrokerAction = (action: 'crash' | 'restart' | 'isolate' | 'heal', broker: number) => {
    const intervention: Intervention =
      action === 'crash'
        ? { do: 'crashBroker', broker }
        : action === 'restart'
          ? { do: 'restartBroker', broker }
          : action === 'isolate'
            ? { do: 'isolate', node: `broker-${broker}` }
            : { do: 'heal', node: `broker-${broker}` };
    actions.intervene(intervention);
  };
  return (
    <Inspector
      content={content}
      broker={b ? { id: b.id, down: b.status === 'down', isolated: b.isolated } : null}
      focusKey={focusKey}
      onBrokerAction={onBrokerAction}
      onSelect={actions.select}
      onClose={() => actions.select(null)}
    />
  );
}
