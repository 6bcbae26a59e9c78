import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

// Debian's Chromium, never a downloaded one: nothing is fetched at run time.
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium to drive: `OPALE_CHROMIUM` when set, else Debian's; `null` when there is none. */
export function findChromium(): string | null {
  const wanted = process.env.OPALE_CHROMIUM;
  if (wanted) return existsSync(wanted) ? wanted : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: ARGS });
}
