import { useEffect, useState } from 'react';
import type { ApiError, Result } from '../../api/result';

export interface QueryState<T> {
  readonly value: T | null;
  readonly error: ApiError | null;
}

/** Runs an API call when `key` changes; an answer that arrives after the key moved on is dropped. */
export function useApiQuery<T>(key: string, load: () => Promise<Result<T>>): QueryState<T> {
  const [state, setState] = useState<QueryState<T> & { key: string | null }>({ key: null, value: null, error: null });
  useEffect(() => {
    let current = true;
    void load().then((result) => {
      if (!current) return;
      setState(result.ok ? { key, value: result.value, error: null } : { key, value: null, error: result.error });
    });
    return () => {
      current = false;
    };
    // `load` is a fresh closure on every render; the key says when it asks for something new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state.key === key ? state : { value: null, error: null };
}
