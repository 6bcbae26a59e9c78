import { academieDemo } from '@opale/sample-data';
import { Store } from './store.js';

/** For tests: replaces the records at `url` by the académie's demo records. */
export async function seedDemo(url: string): Promise<void> {
  const store = await Store.open(url);
  try {
    await store.replaceDataset(academieDemo, 'test:seed');
  } finally {
    await store.close();
  }
}
