import type { Page } from 'playwright-core';

const inFlight = new WeakMap<Page, Set<unknown>>();

/** Counts the page's requests in flight, for `settle`. */
export function trackRequests(page: Page): void {
  const pending = new Set<unknown>();
  inFlight.set(page, pending);
  page.on('request', (r) => pending.add(r));
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
}

/**
 * Waits until the page has had no request in flight for `quietMs`: what it loads (lazy chunks,
 * icons, queries) is done, so that leaving it aborts nothing.
 */
export async function settle(page: Page, quietMs = 300, timeoutMs = 60_000): Promise<void> {
  const pending = inFlight.get(page);
  if (!pending) throw new Error('settle: the page was not opened by newPage()');
  const end = Date.now() + timeoutMs;
  let quietSince = Date.now();
  while (Date.now() < end) {
    if (pending.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`settle: requests still in flight after ${timeoutMs} ms`);
}
