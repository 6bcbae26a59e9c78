import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema/index.js';

// `pnpm generate` prints the schema; it is committed, and CI fails when it is stale.
const file = fileURLToPath(new URL('../schema.graphql', import.meta.url));
writeFileSync(file, `${printSchema(lexicographicSortSchema(schema))}\n`);
console.log(`schema written to ${file}`);
