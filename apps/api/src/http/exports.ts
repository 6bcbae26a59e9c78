import type { IncomingMessage, ServerResponse } from 'node:http';
import { can, committeeReport, isIsoDate, isOneOf } from '@opale/domain';
import { EXPORT_WHATS, reportTables, type Store, toCsv, toXlsx } from '@opale/store';
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
 * committee's tables (waves, budgets, kit, tickets, difficulty, difficulty-rule, difficulty-settings, training) or `report` for all of
 * them, every row, with the same sign-in as the API (a bearer token). The tables are the
 * académie's: the roles that read the report only. CSV for Excel in French (UTF-8 with a BOM, `;`,
 * formulas defused); XLSX with a sheet per table.
 */
export function exportsRoute(options: ExportsOptions) {
  return async (req: IncomingMessage, res: ServerResponse, target: Target): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return answer(res, 405, 'GET only', { allow: 'GET, HEAD' });
    const match = /^\/exports\/([a-z]+)\.(csv|xlsx)$/.exec(target.path);
    const what = match?.[1];
    const format = match?.[2] as keyof typeof TYPES | undefined;
    if (!match || !format || !isOneOf(EXPORT_WHATS, what))
      return answer(res, 404, `Not found: expected /exports/<${EXPORT_WHATS.join('|')}>.<csv|xlsx>`);
    const caller = await callerOfHeader(req.headers.authorization, options.verify);
    if (!caller)
      return answer(res, 401, 'Sign in: send "Authorization: Bearer <token>"', {
        'www-authenticate': 'Bearer',
      });
    if (!can(caller.role, 'readReport'))
      return answer(res, 403, 'These tables are the académie’s: your role does not read them');
    const asOf = new URLSearchParams(target.search).get('asOf') ?? options.today();
    if (!isIsoDate(asOf))
      return answer(res, 400, `asOf: expected a day written YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
    const report = committeeReport(await options.store.loadDataset(), { asOf });
    if (!report.ok) return answer(res, 400, report.errors.map((e) => e.message).join('; '));
    const tables = reportTables(report.value, what);
    const body =
      format === 'csv'
        ? Buffer.from(toCsv(tables), 'utf8')
        : await toXlsx(tables, { asOf, academie: report.value.academie.name });
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
