import { useCallback, useEffect, useRef, useState } from 'react';
import { onReachability } from './connection';
import { ApiError, gql, type Document } from './graphql';

/** Where a request stands; `unavailable` means the server's schema lacks the field asked for. */
export type Load<T> = { status: 'loading'; data?: T } | { status: 'ok'; data: T } | { status: 'error'; error: ApiError; data?: T } | { status: 'idle' };

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(error instanceof Error ? error.message : String(error), 'NETWORK', []);
}

/**
 * Runs `query` with `variables` whenever either changes (null query: idle). Answers that arrive
 * after a newer request started are dropped. Keeps the previous data while reloading.
 */
export function useGql<T, V>(query: Document<T, V> | null, variables?: V): Load<T> & { reload(): void } {
  const key = query === null ? null : `${query.toString()}\u0000${JSON.stringify(variables ?? {})}`;
  const [state, setState] = useState<Load<T>>(query === null ? { status: 'idle' } : { status: 'loading' });
  const [tick, setTick] = useState(0);
  const seq = useRef(0);
  const vars = useRef(variables);
  vars.current = variables;
  useEffect(() => {
    if (key === null || query === null) {
      setState({ status: 'idle' });
      return;
    }
    const mine = ++seq.current;
    setState((prev) => ({ status: 'loading', data: 'data' in prev ? prev.data : undefined }));
    gql(query, vars.current)
      .then((data) => mine === seq.current && setState({ status: 'ok', data }))
      .catch((error: unknown) => mine === seq.current && setState((prev) => ({ status: 'error', error: toApiError(error), data: 'data' in prev ? prev.data : undefined })));
    // `key` stands for query and variables together
  }, [key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  // a request that found the server unreachable runs again by itself once it is back
  const unreachable = state.status === 'error' && state.error.code === 'UNREACHABLE';
  useEffect(() => (unreachable ? onReachability((ok) => ok && reload()) : undefined), [unreachable, reload]);
  return { ...state, reload };
}
