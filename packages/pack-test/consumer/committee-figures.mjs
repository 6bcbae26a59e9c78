// @ts-check
// Run from a project that installed @opale/domain from npm, as `node committee-figures.mjs
// records.json`: reads an académie's records as JSON, computes the committee's report as of
// 22/01/2024 and prints its figures as JSON, with where the package was loaded from.
import { readFileSync } from 'node:fs';
import { committeeReport, validateDataset } from '@opale/domain';

/** @param {readonly { message: string }[]} errors */
const fail = (errors) => {
  console.error(errors.map((e) => e.message).join('\n'));
  process.exit(1);
};

const file = process.argv[2];
if (file === undefined) throw new Error('usage: node committee-figures.mjs records.json');
const records = validateDataset(JSON.parse(readFileSync(file, 'utf8')));
if (!records.ok) fail(records.errors);
else {
  const report = committeeReport(records.value, { asOf: '2024-01-22' });
  if (!report.ok) fail(report.errors);
  else {
    const { waves, tickets, difficulty } = report.value;
    const v5 = waves.find((w) => w.id === 'V5');
    const v6 = waves.find((w) => w.id === 'V6');
    const figures = {
      loadedFrom: import.meta.resolve('@opale/domain'),
      asOf: report.value.asOf,
      v5Counts: v5?.counts,
      v6Budget: v6?.budget.rate,
      v6Kit: v6?.kit.buckets,
      tickets: {
        from: tickets.from,
        all: tickets.all,
        resolved: tickets.resolved,
        inProgress: tickets.inProgress,
        inProgressOverThreshold: tickets.inProgressOverThreshold,
      },
      v6Training: report.value.training.find((t) => t.waveId === 'V6')?.totals,
      inDifficulty: difficulty.eple.length,
    };
    console.log(JSON.stringify(figures));
  }
}
