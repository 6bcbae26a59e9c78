import type { IncomingMessage, ServerResponse } from 'node:http';
import { can, committeeReport, isIsoDate, isOneOf, isScopedToOwnSchools } from '@opale/domain';
import {
  csvChunks,
  EXPORT_WHATS,
  type ExportWhat,
  RECORD_EXPORTS,
  recordTables,
  reportTables,
  type Store,
  type Table,
  toCsv,
  toXlsx,
} from '@opale/store';
import { callerOfHeader } from '../bearer.js';
import type { Caller, Verifier } from '../caller.js';
import { createContext } from '../context.js';
import { answer } from './guard.js';
import { LIST_EXPORTS, type ListExport, listExport } from './list-exports.js';
import { BadParam } from './query-params.js';
import { type FileFormat, fileHeaders, streamChunks } from './send-file.js';
import type { Target } from './target.js';

/** What `/exports/…` needs: the records, the token check, and the day when none is asked. */
export interface ExportsOptions {
  readonly store: Store;
  readonly verify: Verifier;
  readonly today: () => string;
}

type Answer = { req: IncomingMessage; res: ServerResponse; format: FileFormat };

/**
 * A list a page shows, whole and filtered as the page's list, as the caller may see it: CSV
 * written to the answer as its rows are computed; XLSX built whole first (see the README).
 */
async function sendList(
  options: ExportsOptions,
  caller: Caller,
  what: ListExport,
  search: string,
  to: Answer,
) {
  const ctx = createContext(options.store, caller, options.today());
  let table: Awaited<ReturnType<typeof listExport>>;
  try {
    table = await listExport(what, ctx, search);
  } catch (error) {
    if (error instanceof BadParam) return answer(to.res, 400, error.message);
    throw error;
  }
  const asOf = new URLSearchParams(search).get('asOf') || ctx.today;
  const headers = fileHeaders(to.format, `opale-${what}-${asOf}.${to.format}`);
  if (to.format === 'xlsx') {
    const academie = (await ctx.dataset()).academie.name;
    const body = await toXlsx([{ ...table, rows: [...table.rows] }], { asOf, academie });
    to.res.writeHead(200, { ...headers, 'content-length': String(body.length) });
    to.res.end(to.req.method === 'HEAD' ? undefined : body);
    return;
  }
  to.res.writeHead(200, headers);
  if (to.req.method === 'HEAD') return void to.res.end();
  await streamChunks(to.res, csvChunks(table));
}

/**
 * `GET /exports/<table>.csv` or `.xlsx` (`?asOf=YYYY-MM-DD`, today by default): one of the
 * committee's tables (waves, budgets, kit, tickets, difficulty, difficulty-rule,
 * difficulty-settings, training, milestones,
 * restitutions) or `report` for all of them, every row, with the same sign-in as the API (a bearer
 * token); the tables are the académie's: the roles that read the report only. Or a list of records
 * that imports back: `trainers` (the roles that read trainers' names), `resources` (every
 * signed-in role; school users: those that serve schools). Or a list a page shows, whole:
 * `tickets-list` and `eples-list`, with the GraphQL list's arguments as parameters, to every
 * signed-in role, school users getting their own schools' rows. CSV for Excel in French (UTF-8
 * with a BOM, `;`, formulas defused); XLSX with a sheet per table.
 */
export function exportsRoute(options: ExportsOptions) {
  return async (req: IncomingMessage, res: ServerResponse, target: Target): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return answer(res, 405, 'GET only', { allow: 'GET, HEAD' });
    const match = /^\/exports\/([a-z-]+)\.(csv|xlsx)$/.exec(target.path);
    const what = match?.[1];
    const format = match?.[2] as FileFormat | undefined;
    const record = isOneOf(RECORD_EXPORTS, what);
    const list = isOneOf(LIST_EXPORTS, what) ? what : null;
    if (!match || !format || !(record || list || isOneOf(EXPORT_WHATS, what))) {
      const known = [...EXPORT_WHATS, ...RECORD_EXPORTS, ...LIST_EXPORTS].join('|');
      return answer(res, 404, `Not found: expected /exports/<${known}>.<csv|xlsx>`);
    }
    const caller = await callerOfHeader(req.headers.authorization, options.verify);
    if (!caller)
      return answer(res, 401, 'Sign in: send "Authorization: Bearer <token>"', {
        'www-authenticate': 'Bearer',
      });
    if (list) return sendList(options, caller, list, target.search, { req, res, format });
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
      // Neither a record list nor a page's list: the 404 above let only the report's tables through.
      tables = reportTables(report.value, what as ExportWhat, dataset);
    }
    const body =
      format === 'csv'
        ? Buffer.from(toCsv(tables), 'utf8')
        : await toXlsx(tables, { asOf, academie: dataset.academie.name });
    res.writeHead(200, {
      ...fileHeaders(format, `opale-${what}-${asOf}.${format}`),
      'content-length': body.length,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
