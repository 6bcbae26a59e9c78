// A writer in its own process, for the durability tests: records follow-ups one by one and
// prints "ack <n>" once each is committed. Usage: node writer.mjs <database> <uai> <count>
import { Store } from '../dist/index.js';

const [database, uai, count] = process.argv.slice(2);
const store = await Store.open(database);
for (let n = 1; n <= Number(count); n += 1) {
  const result = await store.writes.recordFollowUp(
    { uai, on: '2024-01-22', kind: 'call', note: `ack-${n}` },
    'test:writer',
  );
  if (!result.ok) {
    console.error(JSON.stringify(result.errors));
    process.exit(1);
  }
  console.log(`ack ${n}`);
}
await store.close();
