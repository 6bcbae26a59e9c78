import type { IncomingMessage, ServerResponse } from 'node:http';
import { can, isOneOf } from '@opale/domain';
import { EXPORT_WHATS, RECORD_EXPORTS, type Store, type Table, toCsv, toXlsx } from '@opale/store';
import { callerOfHeader } from '../bearer.js';
import type { Caller, Verifier } from '../caller.js';
import { answer } from './guard.js';
import { PAGE_EXPORTS, pageExportOf } from './page-exports.js';
import { BadParam } from './query-params.js';
import { reportExportTables, reportNeeds, reportParams } from './report-exports.js';
import type { FileFormat } from './send-file.js';
import { type Answer, sendTable, sendWhole } from './send-table.js';
import type { Target } from './target.js';

/** What `/exports/…` needs: the records, the token check, and the day when none is asked. */
export interface ExportsOptions {
  readonly store: Store;
  readonly verify: Verifier;
  readonly today: () => string;
}

/** The report's tables or a list of records, built whole, then sent in the format asked. */
async function sendReport(
  options: ExportsOptions,
  caller: Caller,
  what: Parameters<typeof reportNeeds>[0],
  search: string,
  to: Answer,
) {
  const name = 'record' in what ? what.record : what.report;
  const needs = reportNeeds(what);
  if (needs && !can(caller.role, needs))
    return answer(to.res, 403, 'These tables are the académie’s: your role does not read them');
  let tables: Table[];
  let asOf: string;
  let academie: string;
  try {
    const params = reportParams(what, search);
    asOf = params.asOf ?? options.today();
    const dataset = await options.store.loadDataset();
    academie = dataset.academie.name;
    tables = reportExportTables(dataset, caller, what, { ...params, asOf });
  } catch (error) {
    if (error instanceof BadParam) return answer(to.res, 400, error.message);
    throw error;
  }
  const body =
    to.format === 'csv' ? Buffer.from(toCsv(tables), 'utf8') : await toXlsx(tables, { asOf, academie });
  sendWhole(to, `opale-${name}-${asOf}.${to.format}`, body);
}

/**
 * `GET /exports/<name>.csv` or `.xlsx`, with the same sign-in as the API (a bearer token): one of
 * the committee's tables or `report` for all of them (`asOf`, and `wave` for a wave's figures);
 * a list of records that imports back (`trainers`, `resources`, `wave-changes`,
 * `difficulty-rules`); or a table a page shows, whole, with the GraphQL field's arguments as
 * parameters (see {@link PAGE_EXPORTS}). Each to the roles of the GraphQL field that feeds its
 * page, school users getting their own schools' rows. The API README lists every export and its
 * parameters. CSV for Excel in French (UTF-8 with a BOM, `;`, formulas defused); XLSX with a
 * sheet per table.
 */
export function exportsRoute(options: ExportsOptions) {
  return async (req: IncomingMessage, res: ServerResponse, target: Target): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return answer(res, 405, 'GET only', { allow: 'GET, HEAD' });
    const match = /^\/exports\/([a-z-]+)\.(csv|xlsx)$/.exec(target.path);
    const what = match?.[1];
    const format = match?.[2] as FileFormat | undefined;
    const page = pageExportOf(what);
    const record = isOneOf(RECORD_EXPORTS, what) ? what : null;
    const report = isOneOf(EXPORT_WHATS, what) ? what : null;
    if (!match || !what || !format || !(page || record || report)) {
      const known = [...EXPORT_WHATS, ...RECORD_EXPORTS, ...Object.keys(PAGE_EXPORTS)].join('|');
      return answer(res, 404, `Not found: expected /exports/<${known}>.<csv|xlsx>`);
    }
    const caller = await callerOfHeader(req.headers.authorization, options.verify);
    if (!caller)
      return answer(res, 401, 'Sign in: send "Authorization: Bearer <token>"', {
        'www-authenticate': 'Bearer',
      });
    const to = { req, res, format };
    if (page) return sendTable(options, caller, { name: what, export: page }, target.search, to);
    return sendReport(
      options,
      caller,
      record ? { record } : { report: report ?? 'report' },
      target.search,
      to,
    );
  };
}
