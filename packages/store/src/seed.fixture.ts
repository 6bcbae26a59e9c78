import { academieDemo } from '@opale/sample-data';
import { afterAll, beforeAll } from 'vitest';
import { Store } from './store.js';
import { freshDatabase } from './testing.js';

/** For tests: replaces the records at `url` by the académie's demo records. */
export async function seedDemo(url: string): Promise<void> {
  const store = await Store.open(url);
  try {
    await store.replaceDataset(academieDemo, 'test:seed');
  } finally {
    await store.close();
  }
}

/**
 * For a suite: a fresh database of `engine` holding the demo records, opened before the suite's
 * tests and thrown away after them. The getter gives the open store.
 */
export function seededStore(engine: 'sqlite' | 'postgres'): () => Store {
  let store: Store | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const db = await freshDatabase(engine);
    drop = db.drop;
    store = await Store.open(db.url);
    await store.replaceDataset(academieDemo, 'seed');
  });
  afterAll(async () => {
    await store?.close();
    await drop?.();
  });
  return () => store as Store;
}
