import type { Store } from '@opale/store';
import type { Caller } from './caller.js';

/** What every resolver of a request sees: who asks, and the records. */
export interface Context {
  readonly caller: Caller | null;
  readonly store: Store;
}
