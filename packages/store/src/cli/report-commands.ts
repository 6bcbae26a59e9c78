import { committeeReport, dayInParis, reportToMarkdown } from '@opale/domain';
import type { Command } from 'commander';
import { UserError, withStore } from './context.js';

/** `opale report`. */
export function registerReportCommands(program: Command): void {
  program
    .command('report')
    .description("the committee's report computed from the records as of a date")
    .option('--as-of <date>', 'reference date YYYY-MM-DD (default: today)')
    .option('--wave <id...>', 'only these waves (e.g. V6); reads only their records')
    .option('--format <format>', 'md or json', 'md')
    .action(async (opts: { asOf?: string; wave?: string[]; format: string }, cmd: Command) => {
      if (opts.format !== 'md' && opts.format !== 'json')
        throw new UserError(`--format: expected md or json, got ${opts.format}`, 2);
      await withStore(cmd, async (store) => {
        const dataset = await store.loadDataset({ waveIds: opts.wave });
        const report = committeeReport(dataset, { asOf: opts.asOf ?? dayInParis(new Date()), waves: opts.wave });
        if (!report.ok) throw new UserError(report.errors.map((e) => e.message).join('\n'), 2);
        process.stdout.write(
          opts.format === 'json'
            ? `${JSON.stringify(report.value, null, 2)}\n`
            : reportToMarkdown(report.value),
        );
      });
    });
}
