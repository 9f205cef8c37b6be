// A binary min-heap of timed events ordered by (atMs, priority, seq): equal times run in the order
// they were scheduled, and interventions (priority 0) run before anything else due at that time.

export interface Timed {
  atMs: number;
  priority: number;
  seq: number;
}

function before(a: Timed, b: Timed): boolean {
  if (a.atMs !== b.atMs) return a.atMs < b.atMs;
  if (a.priority !== b.priority) return a.priority < b.priority;
  return a.seq < b.seq;
}

/** A swap through a local, not a destructuring: that allocates an array per swap unless optimised away. */
function swap<T>(heap: T[], a: number, b: number): void {
  const item = heap[a];
  heap[a] = heap[b];
  heap[b] = item;
}

export function heapPush<T extends Timed>(heap: T[], item: T): void {
  heap.push(item);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(heap[i], heap[parent])) break;
    swap(heap, i, parent);
    i = parent;
  }
}

function siftDown<T extends Timed>(heap: T[], start: number): void {
  let i = start;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < heap.length && before(heap[l], heap[m])) m = l;
    if (r < heap.length && before(heap[r], heap[m])) m = r;
    if (m === i) return;
    swap(heap, i, m);
    i = m;
  }
}

/** Restores the heap order of an arbitrary array in place. */
export function heapify<T extends Timed>(heap: T[]): void {
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(heap, i);
}

export function heapPop<T extends Timed>(heap: T[]): T | undefined {
  if (heap.length === 0) return undefined;
  const top = heap[0];
  const last = heap.pop() as T;
  if (heap.length > 0) {
    heap[0] = last;
    siftDown(heap, 0);
  }
  return top;
}

export function heapPeek<T extends Timed>(heap: T[]): T | undefined {
  return heap[0];
}
