import { dayInParis, isIsoDate } from '@opale/domain';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** Today as a calendar day in Europe/Paris, `YYYY-MM-DD`: the day the académie lives in. */
export function todayInParis(): string {
  return dayInParis(new Date());
}

/** The URL parameter that holds the day every figure is shown as of. */
export const DATE_PARAM = 'date';

/**
 * The day the page is shown as of: `?date=YYYY-MM-DD`, today in Europe/Paris by default, and a
 * setter that writes it into the URL so that the view can be shared.
 */
export function useAsOf(): [string, (day: string) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get(DATE_PARAM);
  const asOf = raw && isIsoDate(raw) ? raw : todayInParis();
  const setAsOf = useCallback(
    (day: string) => {
      if (!isIsoDate(day)) return;
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set(DATE_PARAM, day);
        return next;
      });
    },
    [setParams],
  );
  return [asOf, setAsOf];
}

/** A path of the app that keeps the day shown: `/tickets` → `/tickets?date=2024-01-22`. */
export function useDatedPath(): (path: string, extra?: Record<string, string>) => string {
  const [params] = useSearchParams();
  const day = params.get(DATE_PARAM);
  return useCallback(
    (path: string, extra: Record<string, string> = {}) => {
      const query = new URLSearchParams(extra);
      if (day && isIsoDate(day)) query.set(DATE_PARAM, day);
      const text = query.toString();
      return text ? `${path}?${text}` : path;
    },
    [day],
  );
}
