// The execution table's filter, shared by the page and the engine worker: the worker scans the rows
// the page does not hold with the same function the page would use.

import type { RowText } from '../engine/core/context';

export type { RowText };

/** What the table filters on; sent to the worker so it can scan a whole run for the page. */
export interface RowFilterSpec {
  component: string;
  search: string;
  hideRoutine: boolean;
}

/** The table's filter: an exact component, words anywhere in the row (case-insensitive), routine rows. */
export function rowFilter(component: string, search: string, hideRoutine = false): ((row: RowText) => boolean) | null {
  const needle = search.trim().toLowerCase();
  if (!component && !needle && !hideRoutine) return null;
  return (row) =>
    (!hideRoutine || row.routine !== true) &&
    (!component || row.component === component) &&
    (!needle ||
      row.action.toLowerCase().includes(needle) ||
      row.output.toLowerCase().includes(needle) ||
      row.messageState.toLowerCase().includes(needle) ||
      row.component.toLowerCase().includes(needle));
}

/** Two specs that select the same rows share a key (the search is compared trimmed, in lower case). */
export function rowFilterKey(spec: RowFilterSpec): string {
  return JSON.stringify([spec.component, spec.search.trim().toLowerCase(), spec.hideRoutine]);
}
