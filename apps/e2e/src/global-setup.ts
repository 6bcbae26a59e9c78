import type { TestProject } from 'vitest/node';
import { findChromium } from './support/chromium.js';
import { startServer } from './support/server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Chromium to drive, or `null` when none was found (the tests are then skipped). */
    chromium: string | null;
    /** The running server's base URL, `''` when the tests are skipped. */
    baseUrl: string;
  }
}

/** One server for every test file, started from the built workspace and stopped at the end. */
export default async function setup(project: TestProject) {
  const chromium = findChromium();
  if (!chromium) {
    const where = process.env.OPALE_CHROMIUM ?? '/usr/bin/chromium';
    if (process.env.OPALE_REQUIRE_BROWSER === '1') {
      throw new Error(
        `OPALE_REQUIRE_BROWSER=1 but no Chromium at ${where}: install it (apt-get install chromium)`,
      );
    }
    console.log(
      `No Chromium at ${where}: every end-to-end test is skipped (apt-get install chromium to run them).`,
    );
    project.provide('chromium', null);
    project.provide('baseUrl', '');
    return;
  }
  const server = await startServer();
  console.log(`opale e2e: ${server.baseUrl} with ${chromium}`);
  project.provide('chromium', chromium);
  project.provide('baseUrl', server.baseUrl);
  return () => server.stop();
}
