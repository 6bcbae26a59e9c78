import type { Command } from 'commander';
import { backup, restore } from '../backup.js';
import { cliActor, say, UserError, withStore } from './context.js';
import { progressBar } from './progress.js';

const countsLine = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');

/** `opale db …`, `opale backup`, `opale restore`. */
export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('the database itself');
  db.command('migrate')
    .description('bring the schema to the latest version (also done at every start)')
    .action(async (_opts, cmd: Command) => {
      await withStore(cmd, async (store) => say(`${store.describe()}: schema up to date`));
    });
  db.command('check')
    .description('check the integrity of the database and of the references between records')
    .action(async (_opts, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const report = await store.integrityCheck();
        if (!report.ok) throw new UserError(`integrity check failed:\n${report.problems.join('\n')}`);
        say(`${store.describe()}: integrity check passed`);
      });
    });
  program
    .command('backup <file>')
    .description('write an online, consistent copy of the records to a new SQLite file (writes may go on)')
    .action(async (file: string, _opts, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const bar = progressBar('backup');
        const counts = await backup(store, file, bar);
        bar.done();
        say(`backup written to ${file}: ${countsLine(counts)}`);
      });
    });
  program
    .command('restore <file>')
    .description('replace every record by those of a backup file (all or nothing)')
    .option('--yes', 'confirm that the current records are replaced')
    .action(async (file: string, opts: { yes?: boolean }, cmd: Command) => {
      if (!opts.yes)
        throw new UserError('restore replaces every record: run it again with --yes to confirm', 2);
      await withStore(cmd, async (store) => {
        const bar = progressBar('restore');
        const counts = await restore(store, file, bar);
        bar.done();
        say(`restored from ${file} by ${cliActor()}: ${countsLine(counts)}`);
      });
    });
}
