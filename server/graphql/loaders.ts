import DataLoader from 'dataloader';
import type { Context } from './context.js';

const perRequest = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();

/**
 * A DataLoader that lives as long as one request's context: every field asking for the same kind
 * of data in one request is answered by one batched query.
 */
export function loader<V>(context: Context, name: string, batch: (keys: readonly string[]) => Promise<Map<string, V>>, fallback: V): DataLoader<string, V> {
  let loaders = perRequest.get(context);
  if (!loaders) {
    loaders = new Map();
    perRequest.set(context, loaders);
  }
  let found = loaders.get(name) as DataLoader<string, V> | undefined;
  if (!found) {
    found = new DataLoader<string, V>(async (keys) => {
      const values = await batch(keys);
      return keys.map((k) => (values.has(k) ? values.get(k)! : fallback));
    });
    loaders.set(name, found as DataLoader<string, unknown>);
  }
  return found;
}
