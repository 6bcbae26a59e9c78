import type { Command } from 'commander';
import { fetchItopTickets } from '../import/itop-rest.js';
import { type ImportLimits, importLimitsFrom, importLimitsHelp } from '../import/limits.js';
import type { RowError } from '../import/parsed.js';
import { readImport } from '../import-file.js';
import { IMPORT_KINDS, type ImportKind, type ImportResult } from '../imports.js';
import type { Store } from '../store.js';
import { cliActor, say, UserError, withStore } from './context.js';

function report(result: ImportResult, label: string): void {
  if (!result.ok) {
    const lines = result.errors
      .slice(0, 200)
      .map((e: RowError) => `  line ${e.line}, ${e.field}: ${e.reason}`);
    const more = result.errors.length > 200 ? `\n  … and ${result.errors.length - 200} more` : '';
    throw new UserError(
      `${label}: rejected, nothing was written (${result.errors.length} problems):\n${lines.join('\n')}${more}`,
    );
  }
  const o = result.value;
  if (o.alreadyImported) say(`${label}: this very file was imported before; nothing changed`);
  else
    say(
      `${label}: ${o.rows} rows read, ${o.inserted} added, ${o.updated} updated, ${o.unchanged} unchanged, ${o.skipped} skipped`,
    );
}

function mapping(pairs: string[] | undefined) {
  const out: Record<string, string> = {};
  for (const pair of pairs ?? []) {
    const [key, column] = pair.split('=');
    if (!key || !column || !['uai', 'action', 'date', 'status'].includes(key)) {
      throw new UserError(
        `--map: expected uai=<column>, action=<column>, date=<column> or status=<column>, got ${pair}`,
        2,
      );
    }
    out[key] = column;
  }
  return out;
}

/** The import limits of the environment; a bad value is a usage error naming its variable. */
function importLimits(): ImportLimits {
  const limits = importLimitsFrom(process.env);
  if (!limits.ok) throw new UserError(limits.errors.map((e) => e.message).join('\n'), 2);
  return limits.value;
}

/** Whether `opale sync itop` may send the password over http: `--insecure` or `OPALE_ITOP_INSECURE=1`. */
function allowsHttp(flag: boolean | undefined): boolean {
  const raw = process.env.OPALE_ITOP_INSECURE?.trim() ?? '';
  if (raw === '1') return true;
  if (raw === '' || raw === '0') return flag === true;
  throw new UserError(
    `OPALE_ITOP_INSECURE: expected 1 (send the iTop password over http:, for a test server) or 0, got ${JSON.stringify(raw)}`,
    2,
  );
}

/** `opale import`, `opale sync itop`. */
export function registerImportCommands(program: Command): void {
  program
    .command('import <kind> <file>')
    .description(
      `import a file, all of it or nothing; <kind>: ${IMPORT_KINDS.join(', ')} (CSV, or XLSX by the extension)`,
    )
    .option('--academie <code>', 'annuaire: the code of the académie whose EPLE to keep (e.g. 20)')
    .option('--sheet <name>', 'XLSX: the sheet to read (default: the first)')
    .option('--map <key=column...>', 'kit-progress: the columns holding uai, action, date and status')
    .addHelpText(
      'after',
      `\nA file is refused as soon as it passes a limit, and nothing of it is imported:\n${importLimitsHelp()}`,
    )
    .action(
      async (
        kind: string,
        file: string,
        opts: { academie?: string; sheet?: string; map?: string[] },
        cmd: Command,
      ) => {
        if (!IMPORT_KINDS.includes(kind as ImportKind))
          throw new UserError(`import: expected one of ${IMPORT_KINDS.join(', ')}, got ${kind}`, 2);
        const input = await readImport(kind as ImportKind, file, {
          academie: opts.academie,
          sheet: opts.sheet,
          mapping: mapping(opts.map),
          limits: importLimits(),
        });
        await withStore(cmd, async (store: Store) =>
          report(await store.importFile(kind as ImportKind, input, cliActor()), `${kind} ${file}`),
        );
      },
    );
  const sync = program.command('sync').description('read records from other systems');
  sync
    .command('itop')
    .description(
      'send the changes waiting for iTop, then read what changed in iTop since the last sync, through its REST/JSON web service (OPALE_ITOP_URL, OPALE_ITOP_USER and OPALE_ITOP_PASSWORD, or OPALE_ITOP_TOKEN)',
    )
    .option('--oql <query>', 'read the tickets of this OQL query instead, as an import (all of them, once)')
    .option(
      '--insecure',
      'allow an http: address, the password sent in clear: for a test server only (or OPALE_ITOP_INSECURE=1)',
    )
    .action(async (opts: { oql?: string; insecure?: boolean }, cmd: Command) => {
      const { OPALE_ITOP_URL: url, OPALE_ITOP_USER: user, OPALE_ITOP_PASSWORD: password } = process.env;
      const token = process.env.OPALE_ITOP_TOKEN?.trim();
      if (!url || (!token && (!user || !password)))
        throw new UserError(
          'sync itop: set OPALE_ITOP_URL, and OPALE_ITOP_USER and OPALE_ITOP_PASSWORD or OPALE_ITOP_TOKEN',
          2,
        );
      const insecure = allowsHttp(opts.insecure);
      if (insecure && URL.canParse(url) && new URL(url).protocol === 'http:')
        say(
          'warning: sync itop: the iTop password is sent over http:, in clear (--insecure or OPALE_ITOP_INSECURE=1)',
        );
      const connection = { url, insecure, ...(token ? { token } : { user, password }) };
      if (opts.oql) {
        const parsed = await fetchItopTickets({ ...connection, oql: opts.oql });
        const content = JSON.stringify(parsed.records);
        await withStore(cmd, async (store) =>
          report(
            await store.importFile(
              'itop',
              { parsed, fileName: `itop ${new URL(url).host}`, content },
              cliActor(),
            ),
            'sync itop',
          ),
        );
        return;
      }
      await withStore(cmd, async (store) => {
        const pass = await store.itop
          .worker({
            connection,
            onFailure: (e, reason) => say(`sync itop: ${e.ticketRef} ${e.change} not sent: ${reason}`),
          })
          .runOnce();
        if (pass.sent + pass.retried + pass.failed > 0)
          say(
            `sync itop: ${pass.sent} changes sent to iTop, ${pass.retried} to retry, ${pass.failed} given up`,
          );
        const run = await store.itop.sync({ connection });
        if (run.errors.length > 0)
          throw new UserError(
            `sync itop: rejected, nothing was written (${run.errors.length} problems):\n${run.errors.map((e) => `  ${e}`).join('\n')}`,
          );
        say(
          `sync itop: ${run.read} requests read${run.since ? ` updated since ${run.since}` : ''}, ${run.written} tickets added or changed`,
        );
      });
    });
}
