import { type CommitteeReport, committeeReport, dayInParis, reportToMarkdown } from '@opale/domain';
import type { Command } from 'commander';
import type { Store } from '../store.js';
import { UserError, withStore } from './context.js';

/** What `--wave` means to the report and its tables, as to the domain's `committeeReport`. */
export const WAVE_OPTION = [
  '--wave <id...>',
  'narrow the wave figures to these waves (e.g. V6); the ticket table and the EPLE in difficulty stay académie-wide',
] as const;

/**
 * The committee's report over every record as of a day: `waves` narrows the wave figures only,
 * so the whole dataset is read whatever waves are chosen.
 */
export async function reportOf(
  store: Store,
  options: { readonly asOf?: string; readonly waves?: readonly string[] },
): Promise<CommitteeReport> {
  const report = committeeReport(await store.loadDataset(), {
    asOf: options.asOf ?? dayInParis(new Date()),
    waves: options.waves,
  });
  if (!report.ok) throw new UserError(report.errors.map((e) => e.message).join('\n'), 2);
  return report.value;
}

/** `opale report`. */
export function registerReportCommands(program: Command): void {
  program
    .command('report')
    .description("the committee's report computed from the records as of a date")
    .option('--as-of <date>', 'reference date YYYY-MM-DD (default: today)')
    .option(...WAVE_OPTION)
    .option('--format <format>', 'md or json', 'md')
    .action(async (opts: { asOf?: string; wave?: string[]; format: string }, cmd: Command) => {
      if (opts.format !== 'md' && opts.format !== 'json')
        throw new UserError(`--format: expected md or json, got ${opts.format}`, 2);
      await withStore(cmd, async (store) => {
        const report = await reportOf(store, { asOf: opts.asOf, waves: opts.wave });
        process.stdout.write(
          opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : reportToMarkdown(report),
        );
      });
    });
}
