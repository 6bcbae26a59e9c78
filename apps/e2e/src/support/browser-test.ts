import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject } from 'vitest';
import { launchChromium } from './chromium.js';
import { trackRequests } from './settle.js';
import { type Watcher, watch } from './watch.js';

export interface BrowserTest {
  readonly baseUrl: string;
  /**
   * A page in a new browser context (French, Paris time, a desktop window), watched: the test
   * fails on any console error, uncaught exception or failed request in it.
   */
  newPage(): Promise<Page>;
}

const chromium = inject('chromium');
const baseUrl = inject('baseUrl');

/** A `describe` whose tests drive Chromium against the server; skipped when there is no Chromium. */
export function describeInBrowser(name: string, body: (test: BrowserTest) => void): void {
  describe.skipIf(!chromium)(name, () => {
    let browser: Browser | undefined;
    let opened: { context: BrowserContext; watcher: Watcher }[] = [];

    beforeAll(async () => {
      if (chromium) browser = await launchChromium(chromium);
    });
    afterAll(async () => {
      await browser?.close();
    });
    afterEach(async () => {
      const problems = (await Promise.all(opened.map((o) => o.watcher.problems()))).flat();
      await Promise.all(opened.map((o) => o.context.close()));
      opened = [];
      expect(problems, 'console errors or failed requests').toEqual([]);
    });

    body({
      baseUrl,
      async newPage() {
        if (!browser) throw new Error('Chromium is not running');
        const context = await browser.newContext({
          baseURL: baseUrl,
          locale: 'fr-FR',
          timezoneId: 'Europe/Paris',
          viewport: { width: 1280, height: 900 },
        });
        // Waits for the app, however slow the machine, stay within the test's own timeout.
        context.setDefaultTimeout(60_000);
        opened.push({ context, watcher: watch(context) });
        const page = await context.newPage();
        trackRequests(page);
        return page;
      },
    });
  });
}
