import type { IncomingMessage, ServerResponse } from 'node:http';
import { can, committeeReport, isIsoDate, isOneOf, isScopedToOwnSchools } from '@opale/domain';
import {
  EXPORT_WHATS,
  RECORD_EXPORTS,
  recordTables,
  reportTables,
  type Store,
  type Table,
  toCsv,
  toXlsx,
} from '@opale/store';
import { callerOfHeader } from '../bearer.js';
import type { Verifier } from '../caller.js';
import { answer } from './guard.js';
import type { Target } from './target.js';

/** What `/exports/…` needs: the records, the token check, and the day when none is asked. */
export interface ExportsOptions {
  readonly store: Store;
  readonly verify: Verifier;
  readonly today: () => string;
}

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * `GET /exports/<table>.csv` or `.xlsx` (`?asOf=YYYY-MM-DD`, today by default): one of the
 * committee's tables (waves, budgets, kit, tickets, difficulty, difficulty-rule,
 * difficulty-settings, training, milestones,
 * restitutions) or `report` for all of them, every row, with the same sign-in as the API (a bearer
 * token); the tables are the académie's: the roles that read the report only. Or a list of records
 * that imports back: `trainers` (the roles that read trainers' names), `resources` (every
 * signed-in role; school users: those that serve schools). CSV for Excel in French (UTF-8 with a BOM, `;`,
 * formulas defused); XLSX with a sheet per table.
 */
export function exportsRoute(options: ExportsOptions) {
  return async (req: IncomingMessage, res: ServerResponse, target: Target): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return answer(res, 405, 'GET only', { allow: 'GET, HEAD' });
    const match = /^\/exports\/([a-z-]+)\.(csv|xlsx)$/.exec(target.path);
    const what = match?.[1];
    const format = match?.[2] as keyof typeof TYPES | undefined;
    const record = isOneOf(RECORD_EXPORTS, what);
    if (!match || !format || !(record || isOneOf(EXPORT_WHATS, what))) {
      const known = [...EXPORT_WHATS, ...RECORD_EXPORTS].join('|');
      return answer(res, 404, `Not found: expected /exports/<${known}>.<csv|xlsx>`);
    }
    const caller = await callerOfHeader(req.headers.authorization, options.verify);
    if (!caller)
      return answer(res, 401, 'Sign in: send "Authorization: Bearer <token>"', {
        'www-authenticate': 'Bearer',
      });
    // The trainers' list names them: the roles that read the names only; the plan's changes are the
    // académie's, as the report; resources: every role.
    const needs =
      !record || what === 'wave-changes' ? 'readReport' : what === 'trainers' ? 'readTrainerNames' : null;
    if (needs && !can(caller.role, needs))
      return answer(res, 403, 'These tables are the académie’s: your role does not read them');
    const asOf = new URLSearchParams(target.search).get('asOf') ?? options.today();
    if (!isIsoDate(asOf))
      return answer(res, 400, `asOf: expected a day written YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
    const dataset = await options.store.loadDataset();
    let tables: Table[];
    if (record) {
      // Every record, with its days; a school user gets the resources that serve schools, as on the page.
      const scoped = isScopedToOwnSchools(caller.role);
      const resources = dataset.resources.filter((x) => !scoped || x.audience.includes(caller.role));
      tables = recordTables(
        { training: dataset.training, resources, waveChanges: dataset.waveChanges },
        what,
      );
    } else {
      const report = committeeReport(dataset, { asOf });
      if (!report.ok) return answer(res, 400, report.errors.map((e) => e.message).join('; '));
      tables = reportTables(report.value, what, dataset);
    }
    const body =
      format === 'csv'
        ? Buffer.from(toCsv(tables), 'utf8')
        : await toXlsx(tables, { asOf, academie: dataset.academie.name });
    res.writeHead(200, {
      'content-type': TYPES[format],
      'content-length': body.length,
      'content-disposition': `attachment; filename="opale-${what}-${asOf}.${format}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
