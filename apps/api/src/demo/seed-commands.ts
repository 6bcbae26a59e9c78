import { type Dataset, validateDataset } from '@opale/domain';
import { academieDemo, generateNational } from '@opale/sample-data';
import type { Store } from '@opale/store';
import { type Command, cliActor, progressBar, say, UserError, withStore } from '@opale/store/cli';

// Seeding is the demo set-up's: the only way from the `opale` command to the sample records.

async function seed(store: Store, dataset: Dataset, force: boolean, label: string): Promise<void> {
  if (!force && !(await store.isEmpty())) {
    throw new UserError(
      `${store.describe()} already holds records: add --force to replace them all by the ${label}`,
      2,
    );
  }
  const checked = validateDataset(dataset);
  if (!checked.ok)
    throw new UserError(
      `the ${label} are not valid:\n${checked.errors
        .slice(0, 20)
        .map((e) => e.message)
        .join('\n')}`,
    );
  const bar = progressBar('seed');
  await store.replaceDataset(checked.value, cliActor(), bar);
  bar.done();
  say(
    `${store.describe()}: ${checked.value.eple.length} EPLE, ${checked.value.tickets.length} tickets, ${checked.value.kit.events.length} kit events (${label})`,
  );
}

function positive(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UserError(`${name}: expected a positive number, got ${value}`, 2);
  return n;
}

/** `opale seed demo`, `opale seed national`: added by the API to the store's `opale` command. */
export function registerSeedCommands(program: Command): void {
  const seedCmd = program.command('seed').description('fill the database with sample records');
  seedCmd
    .command('demo')
    .description("the académie's demo records (the committee of 22/01/2024)")
    .option('--force', 'replace the records already there')
    .action(async (opts: { force?: boolean }, cmd: Command) => {
      await withStore(cmd, (store) => seed(store, academieDemo, Boolean(opts.force), 'demo records'));
    });
  seedCmd
    .command('national')
    .description('generated national-scale records (about 8,000 EPLE at scale 1)')
    .option('--scale <n>', 'size relative to the national scale', '1')
    .option('--seed <n>', 'seed of the generator (same seed, same records)', '1')
    .option('--force', 'replace the records already there')
    .action(async (opts: { scale: string; seed: string; force?: boolean }, cmd: Command) => {
      const dataset = generateNational({
        seed: positive(opts.seed, '--seed'),
        scale: positive(opts.scale, '--scale'),
      });
      await withStore(cmd, (store) => seed(store, dataset, Boolean(opts.force), 'national records'));
    });
}
