import { type CommitteeReport, committeeReport } from '@opale/domain';
import { academieDemo } from '@opale/sample-data';

/** The committee of 22/01/2024, computed from the académie's records. */
export function demoReport(): CommitteeReport {
  const result = committeeReport(academieDemo, { asOf: '2024-01-22' });
  if (!result.ok) throw new Error(`demo report: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.value;
}
