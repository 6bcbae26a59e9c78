// Sums what a browser loads for the first screen (the dashboard at "/"), gzipped: the entry chunk
// and its static imports, what it loads at start (the DSFR's script), the dashboard's lazy chunk,
// the stylesheets of index.html. Prints it against the goal of issue 12 (150 kB: met or NOT met,
// never a failure) and fails the build only past the ceiling (300 kB); then the whole client.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const GOAL_KB = 150;
const CEILING_KB = 300;
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
const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="\/([^"?]+)[^"]*"/g)].map(
  ([, href]) => href,
);
for (const href of stylesheets) files.add(href);

const gzipped = (file) => gzipSync(readFileSync(join(dist, file))).length;
const kB = (bytes) => (bytes / 1024).toFixed(2);
let total = 0;
for (const file of [...files].sort()) {
  const size = gzipped(file);
  total += size;
  console.log(`${kB(size).padStart(8)} kB gz  ${file}`);
}
const client = new Set([
  ...readdirSync(join(dist, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => `assets/${f}`),
  ...stylesheets,
]);
const whole = [...client].reduce((sum, file) => sum + gzipped(file), 0);
const met = total <= GOAL_KB * 1024;
console.log(
  `initial route (${FIRST_PAGE}): ${kB(total)} kB gzipped in ${files.size} files — goal ${GOAL_KB} kB: ${met ? 'met' : 'NOT met'}`,
);
console.log(`whole client: ${kB(whole)} kB gzipped in ${client.size} JS and CSS files (every page)`);
if (total > CEILING_KB * 1024) {
  console.error(
    `the initial route is past the ceiling of ${CEILING_KB} kB by ${kB(total - CEILING_KB * 1024)} kB: lazy-load more`,
  );
  process.exit(1);
}
