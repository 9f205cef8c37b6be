// Finding a scenario's topic or producer by name, which rules do many times a step. The scenario is
// frozen (initialState), so an index built on first use serves the whole run, and every copy of the
// state, since they share the scenario. A list that is not frozen (a hand-made test state) could
// still change, so it is searched each time instead.
const indexes = new WeakMap<readonly object[], Map<string, object>>();

/**
 * The last few lists asked about, with their indexes: rules ask of the same three (topics,
 * producers, consumers) over and over, and comparing a list with a few others costs less than
 * hashing it into the WeakMap, several times a step.
 */
const RECENT = 4;
const recentLists: (readonly object[] | null)[] = new Array(RECENT).fill(null);
const recentIndexes: (Map<string, object> | null)[] = new Array(RECENT).fill(null);
let nextRecent = 0;

function indexOf(list: readonly object[]): Map<string, object> | undefined {
  for (let i = 0; i < RECENT; i++) if (recentLists[i] === list) return recentIndexes[i] as Map<string, object>;
  const index = indexes.get(list);
  if (index !== undefined) {
    recentLists[nextRecent] = list;
    recentIndexes[nextRecent] = index;
    nextRecent = (nextRecent + 1) % RECENT;
  }
  return index;
}

/** The first item whose key is `key`, as `list.find` would return it. */
export function findByKey<T extends object>(list: readonly T[], key: string, keyOf: (item: T) => string): T | undefined {
  let index = indexOf(list) as Map<string, T> | undefined;
  if (index === undefined) {
    if (!Object.isFrozen(list)) return list.find((item) => keyOf(item) === key);
    index = new Map();
    for (const item of list) if (!index.has(keyOf(item))) index.set(keyOf(item), item);
    indexes.set(list, index);
  }
  return index.get(key);
}
