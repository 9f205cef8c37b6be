// What the worker must keep in its bounded views for the current selection (protocol ViewFocus):
// the inspector and the status tracker follow one send or one record however old it gets.
import type { ViewFocus } from '../protocol/messages';
import type { Selection } from './selection';

export function focusOf(selection: Selection | null): ViewFocus | undefined {
  if (selection?.kind === 'send')
    return {
      sends: [{ producer: selection.producer, index: selection.index }],
    };
  if (selection?.kind === 'record')
    return {
      records: [
        {
          topic: selection.topic,
          partition: selection.partition,
          offset: selection.offset,
        },
      ],
    };
  return undefined;
}

export function sameFocus(a: ViewFocus | undefined, b: ViewFocus | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
