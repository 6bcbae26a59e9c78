import { Command, CommanderError } from 'commander';
import { UserError } from './context.js';
import { registerDbCommands } from './db-commands.js';
import { registerExportCommands } from './export-commands.js';
import { registerImportCommands } from './import-commands.js';
import { registerReportCommands } from './report-commands.js';

export type { Command } from 'commander';
export { cliActor, say, UserError, withStore } from './context.js';
export { progressBar } from './progress.js';

/**
 * The `opale` command with the store's subcommands (db, import, sync, export, report, backup); the
 * package that owns the `opale` bin (`@opale/api`) adds its own before running it.
 */
export function createProgram(): Command {
  const program = new Command('opale')
    .description(
      "opale: the records of an académie's op@le roll-out, their figures and the committee's report",
    )
    .option(
      '--database <url>',
      'postgres://… or a SQLite file (default: OPALE_DATABASE_URL, else ./data/opale.sqlite)',
    )
    .showHelpAfterError()
    .exitOverride();
  registerDbCommands(program);
  registerReportCommands(program);
  registerExportCommands(program);
  registerImportCommands(program);
  return program;
}

/** Runs the command line: plain error messages, exit code 2 for a usage error, 1 for a failure. */
export async function runProgram(program: Command, argv: readonly string[] = process.argv): Promise<void> {
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
    } else if (error instanceof UserError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exitCode = error.exitCode;
    } else {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  }
}
