// Finding a scenario's topic or producer by name, which rules do many times a step. The scenario is
// frozen (initialState), so an index built on first use serves the whole run, and every copy of the
// state, since they share the scenario. A list that is not frozen (a hand-made test state) could
// still change, so it is searched each time instead.
const indexes = new WeakMap<readonly object[], Map<string, object>>();

/** The first item whose key is `key`, as `list.find` would return it. */
export function findByKey<T extends object>(list: readonly T[], key: string, keyOf: (item: T) => string): T | undefined {
  let index = indexes.get(list) as Map<string, T> | undefined;
  if (index === undefined) {
    if (!Object.isFrozen(list)) return list.find((item) => keyOf(item) === key);
    index = new Map();
    for (const item of list) if (!index.has(keyOf(item))) index.set(keyOf(item), item);
    indexes.set(list, index);
  }
  return index.get(key);
}
