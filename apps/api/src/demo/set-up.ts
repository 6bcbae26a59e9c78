import { academieDemo } from '@opale/sample-data';
import type { Store } from '@opale/store';
import type { Logger } from 'pino';
import { signToken } from '../auth.js';
import { demoSecret } from './secret.js';
import { demoSignIn } from './sign-in.js';

/** What the demo set-up adds to the server: its secret, its sign-in and a committee token. */
export interface DemoSetUp {
  readonly secret: string;
  readonly signIn: (request: Request) => Promise<Response>;
  /** A fresh committee token, for GraphiQL's tabs and the start-up log: no shell needed to begin. */
  committeeToken(): Promise<string>;
}

/**
 * The demo set-up, for a server started without a secret: a generated secret kept in
 * `./data/jwt-secret`, sign-in by choosing a role, and the académie's demo records seeded into an
 * empty database. A server with a real secret has none of it.
 */
export async function demoSetUp(store: Store, log: Logger): Promise<DemoSetUp> {
  if (await store.isEmpty()) {
    await store.replaceDataset(academieDemo, 'demo-seed');
    log.info({ database: store.describe() }, 'new database: the académie demo records were seeded');
  }
  const secret = demoSecret();
  return {
    secret,
    signIn: demoSignIn(store, secret),
    committeeToken: () => signToken(secret, { role: 'committee', subject: 'demo' }),
  };
}
