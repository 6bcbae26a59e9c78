import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { expect, it } from 'vitest';
import { artifactsDir, shown } from './support/artifacts.js';
import { describeInBrowser } from './support/browser-test.js';
import { settle } from './support/settle.js';
import { signInAs } from './support/sign-in.js';

// Measured and printed, never judged: a slow machine must not fail a test. The goals: the dashboard
// interactive within 2 s on a first visit and 1 s on a return visit, the initial route within 150 KB
// of gzipped JS and CSS (issue 12, which halved the first route's 300 KB).
const GOAL_MS = 2000;
const GOAL_RETURN_MS = 1000;
const GOAL_KB = 150;
const RUNS = 5;
const DASHBOARD = '/?date=2024-01-22';

interface Loaded {
  readonly file: string;
  readonly kind: 'script' | 'stylesheet';
  readonly gzipped: number;
  /** The server sent it gzipped (its content-length); otherwise gzipped here. */
  readonly byServer: boolean;
}

async function gzippedSize(response: Response): Promise<{ gzipped: number; byServer: boolean }> {
  const headers = await response.allHeaders();
  const length = Number(headers['content-length']);
  if (headers['content-encoding'] === 'gzip' && Number.isFinite(length))
    return { gzipped: length, byServer: true };
  return { gzipped: gzipSync(await response.body()).length, byServer: false };
}

/** From navigation start to the budget rate on screen, in the page's own clock. */
async function loadDashboard(page: Page): Promise<{ interactive: number; domContentLoaded: number }> {
  await page.goto(DASHBOARD, { waitUntil: 'commit' });
  const interactive = await page.waitForFunction(
    () => (document.body?.textContent?.includes('81,96\u202f%') ? performance.now() : false),
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  const domContentLoaded = await page.evaluate(
    () =>
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
  );
  return { interactive: (await interactive.jsonValue()) as number, domContentLoaded };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => `${Math.round(value)} ms`;
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

describeInBrowser('performance of the dashboard, measured', (browser) => {
  it('prints the time until the budget rate shows, and the first route’s gzipped size', async () => {
    const page = await browser.newPage();
    await signInAs(page, DASHBOARD, 'committee');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');

    // A first visit: nothing cached. The JS and CSS it loads are the initial route.
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const responses: Response[] = [];
    const collect = (response: Response) => {
      const kind = response.request().resourceType();
      if (kind === 'script' || kind === 'stylesheet') responses.push(response);
    };
    page.on('response', collect);
    const cold: { interactive: number; domContentLoaded: number }[] = [];
    cold.push(await loadDashboard(page));
    await settle(page);
    page.off('response', collect);
    const loaded: Loaded[] = [];
    for (const response of responses) {
      const { gzipped, byServer } = await gzippedSize(response);
      const kind = response.request().resourceType() as Loaded['kind'];
      loaded.push({ file: new URL(response.url()).pathname, kind, gzipped, byServer: byServer });
    }
    for (let i = 1; i < RUNS; i++) {
      cold.push(await loadDashboard(page));
      await settle(page);
    }
    // A return visit: what the browser may cache, it has.
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    const warm: { interactive: number; domContentLoaded: number }[] = [];
    // How the dashboard's queries are answered again: by GET, named by their hash, the browser
    // revalidates what it keeps (If-None-Match), answered 304 while the records are unchanged.
    // Chromium hands the page its kept answer, status 200 (Playwright's `status()` too): the 304
    // on the wire shows in the DevTools protocol's `responseReceivedExtraInfo`.
    const asked = new Map<string, string>();
    const onWire = new Map<string, number>();
    const sent = (event: { requestId: string; request: { url: string; method: string } }) => {
      const url = new URL(event.request.url);
      if (url.pathname === '/graphql')
        asked.set(event.requestId, `${event.request.method} ${url.searchParams.get('operationName') ?? ''}`);
    };
    const received = (event: { requestId: string; statusCode: number }) =>
      onWire.set(event.requestId, event.statusCode);
    cdp.on('Network.requestWillBeSent', sent);
    cdp.on('Network.responseReceivedExtraInfo', received);
    for (let i = 0; i < RUNS; i++) {
      warm.push(await loadDashboard(page));
      await settle(page);
    }
    cdp.off('Network.requestWillBeSent', sent);
    cdp.off('Network.responseReceivedExtraInfo', received);
    const answers = [...asked].map(([id, request]) => `${request} ${onWire.get(id) ?? '?'}`);

    const totalKb = loaded.reduce((sum, f) => sum + f.gzipped, 0) / 1024;
    const coldMs = median(cold.map((r) => r.interactive));
    const warmMs = median(warm.map((r) => r.interactive));
    const lines = [
      `dashboard interactive (navigation start → "81,96 %" on screen), Chromium on localhost, median of ${RUNS}:`,
      `  first visit (no cache): ${ms(coldMs)} (runs: ${cold.map((r) => ms(r.interactive)).join(', ')}; DOMContentLoaded ${ms(median(cold.map((r) => r.domContentLoaded)))}) — goal ${ms(GOAL_MS)}: ${verdict(coldMs < GOAL_MS)}`,
      `  return visit (cache):   ${ms(warmMs)} (runs: ${warm.map((r) => ms(r.interactive)).join(', ')}) — goal ${ms(GOAL_RETURN_MS)}: ${verdict(warmMs < GOAL_RETURN_MS)}`,
      `  the dashboard's GraphQL requests on return visits: ${answers.length}, ${answers.filter((a) => a.endsWith(' 304')).length} answered 304 Not Modified (${answers.join(', ')})`,
      `initial route: ${loaded.length} JS/CSS files, ${totalKb.toFixed(2)} KB gzipped — goal ${GOAL_KB} KB: ${verdict(totalKb <= GOAL_KB)}`,
      ...loaded
        .sort((a, b) => b.gzipped - a.gzipped)
        .map(
          (f) =>
            `  ${(f.gzipped / 1024).toFixed(2).padStart(8)} KB  ${f.kind.padEnd(10)} ${f.file}${f.byServer ? '' : ' (not gzipped by the server: gzipped here)'}`,
        ),
    ];
    console.log(lines.join('\n'));
    const file = join(artifactsDir(), 'performance.json');
    writeFileSync(
      file,
      `${JSON.stringify({ measuredAt: new Date().toISOString(), goalMs: GOAL_MS, goalReturnMs: GOAL_RETURN_MS, coldMs, warmMs, cold, warm, answers, goalKb: GOAL_KB, totalKb, loaded }, null, 2)}\n`,
    );
    console.log(`figures: ${shown(file)}`);

    // What is checked is that the measure measured something, never how fast it was.
    expect(cold.every((r) => r.interactive > 0)).toBe(true);
    expect(loaded.filter((f) => f.kind === 'script').length).toBeGreaterThan(0);
    expect(loaded.filter((f) => f.kind === 'stylesheet').length).toBeGreaterThan(0);
    // The dashboard's queries go by GET, and the browser's revalidations are answered 304.
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((a) => !a.startsWith('GET '))).toEqual([]);
    expect(answers.filter((a) => a.endsWith(' 304')).length).toBeGreaterThan(0);
  });
});
