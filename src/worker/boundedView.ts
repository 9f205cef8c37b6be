// The views the worker sends are windowed (engine ViewWindow): a producer's sends, a consumer's
// received records and a replica's log grow with every record, so each is cut to its newest
// entries plus whatever the request's focus names, with counts of the full lists. An answer then
// costs the same to build, send and draw at step 100 and at step 1,000,000.
import type { Simulation } from '../engine/api.types';
import type { ViewWindow } from '../engine/viewWindow';
import type { BoundedView, ViewFocus } from '../protocol/messages';

/** Newest sends kept per producer, received records per consumer, log records per replica. */
export const SEND_TAIL = 24;
export const RECEIVED_TAIL = 24;
export const RECORD_TAIL = 64;

/**
 * Sends per producer the page's engine keeps at all (the window above is cut from them): a lesson
 * never reaches it; an hour's play at Fast lets older ones go instead of growing. Counts stay
 * exact; stepping back brings the older ones back.
 */
export const SENDS_KEPT = 5_000;

export function viewWindow(focus: ViewFocus = {}): ViewWindow {
  return { sends: SEND_TAIL, received: RECEIVED_TAIL, records: RECORD_TAIL, focus };
}

/** The simulation's view at its current step, windowed; the engine fills in every count. */
export function boundedView(sim: Simulation, focus?: ViewFocus): BoundedView {
  return sim.view(viewWindow(focus)) as BoundedView;
}
