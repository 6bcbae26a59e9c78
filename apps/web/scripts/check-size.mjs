// Sums what a browser loads for the first screen (the dashboard at "/"), gzipped, and fails the
// build past the budget: the entry chunk and its static imports, what it loads at start (the
// DSFR's script), the dashboard's lazy chunk, the DSFR stylesheets of index.html.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const FIRST_PAGE = 'src/dashboard/dashboard-page.tsx';
const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const files = new Set(['index.html']);
const add = (key) => {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) add(imported);
};
const [entryKey, entry] = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
add(entryKey);
// Pages are loaded on their route; anything else the entry imports dynamically loads at start.
for (const key of entry.dynamicImports ?? []) if (!key.endsWith('-page.tsx')) add(key);
add(FIRST_PAGE);
const html = readFileSync(join(dist, 'index.html'), 'utf8');
for (const [, href] of html.matchAll(/<link rel="stylesheet" href="\/([^"?]+)[^"]*"/g)) files.add(href);

let total = 0;
for (const file of [...files].sort()) {
  const size = gzipSync(readFileSync(join(dist, file))).length;
  total += size;
  console.log(`${(size / 1024).toFixed(2).padStart(8)} kB gz  ${file}`);
}
const kb = total / 1024;
console.log(`initial route (${FIRST_PAGE}): ${kb.toFixed(2)} kB gzipped, budget ${BUDGET_KB} kB`);
if (kb > BUDGET_KB) {
  console.error(`the initial route is over budget by ${(kb - BUDGET_KB).toFixed(2)} kB: lazy-load more`);
  process.exit(1);
}
