import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const dir = fileURLToPath(new URL('../../artifacts/', import.meta.url));

/** `apps/e2e/artifacts/`, created when missing: screenshots and printouts of the last run. */
export function artifactsDir(): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A path as the logs print it: from the root of the repository. */
export const shown = (file: string) => relative(root, file);

/** Keeps a full-page screenshot under `apps/e2e/artifacts/` and prints where. */
export async function keepScreenshot(page: Page, name: string): Promise<string> {
  const file = join(artifactsDir(), `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`screenshot: ${shown(file)}`);
  return file;
}
