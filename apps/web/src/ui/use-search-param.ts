import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The URL parameter that holds the cursor of a paged list. */
export const PAGE_PARAM = 'apres';

/**
 * One URL parameter as state, so that a view (wave, filter, sort, page) can be shared. Setting
 * any other parameter sends a paged list back to its first page.
 */
export function useSearchParam(name: string): [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (value: string | null) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        if (name !== PAGE_PARAM) next.delete(PAGE_PARAM);
        return next;
      }),
    [name, setParams],
  );
  return [params.get(name), set];
}
