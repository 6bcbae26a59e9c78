import type { Command } from 'commander';
import { Store } from '../store.js';

/** A failure to report to the user in plain words, with the exit code to end with. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Who the command line records as the author of its changes. */
export function cliActor(): string {
  return `cli:${process.env.USER ?? process.env.USERNAME ?? 'unknown'}`;
}

/** Opens the store named by `--database` (or `OPALE_DATABASE_URL`, or the embedded file), runs `work`, closes it. */
export async function withStore<T>(command: Command, work: (store: Store) => Promise<T>): Promise<T> {
  const url = command.optsWithGlobals<{ database?: string }>().database;
  const store = await Store.open(url);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Prints a line on standard error (messages), keeping standard output for data. */
export function say(line: string): void {
  process.stderr.write(`${line}\n`);
}
