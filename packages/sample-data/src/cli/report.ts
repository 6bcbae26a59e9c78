#!/usr/bin/env node
import { committeeReport, reportToMarkdown } from '@opale/domain';
import { academieDemo, DEMO_AS_OF } from '../index.js';

const USAGE = `Usage: opale-demo-report [--as-of YYYY-MM-DD] [--format md|json]

Prints the committee's report of the académie's demo records as of a date
(default ${DEMO_AS_OF}, the day of the committee).`;

function main(argv: readonly string[]): number {
  let asOf = DEMO_AS_OF;
  let format = 'md';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (arg === '--as-of' || arg === '--format') {
      const value = argv[i + 1];
      if (value === undefined) {
        process.stderr.write(`error: ${arg} expects a value\n${USAGE}\n`);
        return 2;
      }
      if (arg === '--as-of') asOf = value;
      else format = value;
      i += 1;
      continue;
    }
    process.stderr.write(`error: unknown argument ${arg}\n${USAGE}\n`);
    return 2;
  }
  if (format !== 'md' && format !== 'json') {
    process.stderr.write(`error: --format: expected md or json, got ${format}\n`);
    return 2;
  }
  const report = committeeReport(academieDemo, { asOf });
  if (!report.ok) {
    for (const e of report.errors) process.stderr.write(`error: ${e.message}\n`);
    return 2;
  }
  process.stdout.write(
    format === 'json' ? `${JSON.stringify(report.value, null, 2)}\n` : reportToMarkdown(report.value),
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
