import { LIST_EXPORTS } from './list-exports.js';
import { RECORD_LIST_EXPORTS } from './record-list-exports.js';
import { SCHOOL_EXPORTS } from './school-exports.js';
import type { TableExport } from './table-export.js';
import { TRAINING_EXPORTS } from './training-exports.js';

/** Every table a page shows that is exported with its own parameters: `/exports/<name>.<csv|xlsx>`. */
export const PAGE_EXPORTS: Readonly<Record<string, TableExport>> = {
  ...LIST_EXPORTS,
  ...TRAINING_EXPORTS,
  ...SCHOOL_EXPORTS,
  ...RECORD_LIST_EXPORTS,
};

/** The export of a page's table named `what`, if there is one. */
export function pageExportOf(what: string | undefined): TableExport | null {
  return what !== undefined && Object.hasOwn(PAGE_EXPORTS, what) ? (PAGE_EXPORTS[what] ?? null) : null;
}
