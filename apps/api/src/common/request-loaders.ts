import DataLoader from 'dataloader';

const LOADERS = Symbol('tripart:loaders');

/**
 * One DataLoader per request and key, kept on the request object: batching
 * within a request, no caching across requests or users.
 */
export function requestLoader<K, V>(
  request: object,
  key: string,
  batch: (keys: readonly K[]) => Promise<Array<V | Error>>,
  options?: DataLoader.Options<K, V, string>,
): DataLoader<K, V> {
  const holder = request as { [LOADERS]?: Map<string, DataLoader<unknown, unknown>> };
  holder[LOADERS] ??= new Map();
  let loader = holder[LOADERS].get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V, string>(batch, options);
    holder[LOADERS].set(key, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders grouped rows like the keys a DataLoader asked for. */
export function groupBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
