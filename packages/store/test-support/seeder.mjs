// A seeding in its own process, for the durability tests: replaces every record by generated
// national ones in one transaction, printing each chunk written on standard error.
// Usage: node seeder.mjs <database> <scale>
import { generateNational } from '@opale/sample-data';
import { Store } from '../dist/index.js';

const [database, scale] = process.argv.slice(2);
const store = await Store.open(database);
await store.replaceDataset(
  generateNational({ seed: 1, scale: Number(scale) }),
  'test:seeder',
  (step, done, total) => process.stderr.write(`${step} ${done}/${total}\n`),
);
await store.close();
