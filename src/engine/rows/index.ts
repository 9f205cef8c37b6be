// The execution table's rows, rendered from a step's events when something shows them (the table,
// the runner's --trace, a lesson): the engine stores events only. A step's row is rendered from its
// headline, the last of its events that has a row renderer; the renderer may read the step's other
// events too (clauses, such as the requests a producer sent on the way). Each subsystem's renderers
// are in a file of their own here; the text is exactly what the rules used to write.
//
// A new rule emits its headline last (a row event declared in rowEvents.ts or a file it spreads in,
// or an event of simEvents.ts with typed extras), its clauses before it, returns true (Played), and
// adds the headline's renderer to its subsystem's file here.
import type { RowText } from '../core/context';
import type { EngineEvent, EngineEventType } from '../rowEvents';
import type { StepRow } from '../view.types';
import type { RowRenderer, RowRenderers } from './renderer';
import { brokerRows } from './broker';
import { consumerRows } from './consumer';
import { controllerRows } from './controller';
import { groupRows } from './group';
import { producerRows } from './producer';
import { wireRows } from './wire';
import { scriptRows } from './script';

const RENDERERS: RowRenderers = { ...scriptRows, ...producerRows, ...brokerRows, ...controllerRows, ...wireRows, ...consumerRows, ...groupRows };

function rendererOf<T extends EngineEventType>(type: T): RowRenderer<T> | undefined {
  return RENDERERS[type] as RowRenderer<T> | undefined;
}

/** The text of the row of the step whose events these are. */
export function renderRow(events: readonly EngineEvent[]): RowText {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    const render = rendererOf(e.type);
    if (!render) continue;
    const row = render(e as never, events);
    return events[0].type === 'InterventionApplied' ? { ...row, action: `Intervention: ${row.action}` } : row;
  }
  throw new Error(`step ${events[0]?.step ?? '?'} has no event that heads a row (${events.map((e) => e.type).join(', ') || 'no events'})`);
}

/** The whole execution-table row of a step, from its events (which carry its step and time). */
export function renderStepRow(events: readonly EngineEvent[]): StepRow {
  const text = renderRow(events);
  const row: StepRow = { step: events[0].step, timeMs: events[0].timeMs, component: text.component, action: text.action, messageState: text.messageState, output: text.output };
  if (text.routine) row.routine = true;
  return row;
}
