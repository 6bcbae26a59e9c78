import { type CommitteeReport, committeeReport } from '@opale/domain';
import { academieDemo } from './index.js';

/** The committee report of the demo as of a day; the tests read their figures from it. */
export function reportAt(asOf: string): CommitteeReport {
  const result = committeeReport(academieDemo, { asOf });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.value;
}

/** One wave of a report, by id. */
export function wave(report: CommitteeReport, id: string) {
  const found = report.waves.find((w) => w.id === id);
  if (!found) throw new Error(`no wave ${id} in the report`);
  return found;
}
