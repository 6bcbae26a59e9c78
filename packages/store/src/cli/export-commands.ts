import { writeFileSync } from 'node:fs';
import { dayInParis, isOneOf } from '@opale/domain';
import type { Command } from 'commander';
import { toCsv } from '../export/csv.js';
import { RECORD_EXPORTS, recordTables } from '../export/record-exports.js';
import { reportTables } from '../export/report-tables.js';
import { EXPORT_WHATS, type ExportWhat } from '../export/table.js';
import { toXlsx } from '../export/xlsx.js';
import { say, UserError, withStore } from './context.js';
import { reportOf, WAVE_OPTION } from './report-commands.js';

/** `opale export`. */
export function registerExportCommands(program: Command): void {
  program
    .command('export <what>')
    .description(
      `the committee's tables or the records' lists as CSV or XLSX; <what>: ${[...EXPORT_WHATS, ...RECORD_EXPORTS].join(', ')}`,
    )
    .option('--format <format>', 'csv or xlsx', 'csv')
    .option('--as-of <date>', 'reference date YYYY-MM-DD (default: today)')
    .option(...WAVE_OPTION)
    .option(
      '--out <file>',
      'file to write (default: standard output for CSV, opale-<what>-<date>.xlsx for XLSX)',
    )
    .action(
      async (
        what: string,
        opts: { format: string; asOf?: string; wave?: string[]; out?: string },
        cmd: Command,
      ) => {
        const record = isOneOf(RECORD_EXPORTS, what);
        if (!record && !EXPORT_WHATS.includes(what as ExportWhat)) {
          const known = [...EXPORT_WHATS, ...RECORD_EXPORTS].join(', ');
          throw new UserError(`export: expected one of ${known}, got ${what}`, 2);
        }
        if (opts.format !== 'csv' && opts.format !== 'xlsx')
          throw new UserError(`--format: expected csv or xlsx, got ${opts.format}`, 2);
        const asOf = opts.asOf ?? dayInParis(new Date());
        await withStore(cmd, async (store) => {
          // A list of records is read as it stands; the committee's tables are computed as of the day.
          const { tables, academie } = record
            ? await store.loadDataset().then((d) => ({
                tables: recordTables(d, what),
                academie: d.academie.name,
              }))
            : await reportOf(store, { asOf, waves: opts.wave }).then(async (report) => ({
                tables: reportTables(report, what as ExportWhat, await store.loadDataset()),
                academie: report.academie.name,
              }));
          if (opts.format === 'csv') {
            if (opts.out) writeFileSync(opts.out, toCsv(tables));
            else process.stdout.write(toCsv(tables));
          } else {
            const file = opts.out ?? `opale-${what}-${asOf}.xlsx`;
            writeFileSync(file, await toXlsx(tables, { asOf, academie }));
            say(`written: ${file}`);
          }
        });
      },
    );
}
