import type { IncomingMessage, ServerResponse } from 'node:http';
import { can } from '@opale/domain';
import { csvChunks, type Store, toXlsx } from '@opale/store';
import type { Caller } from '../caller.js';
import { createContext } from '../context.js';
import { answer } from './guard.js';
import { BadParam, readParams } from './query-params.js';
import { type FileFormat, fileHeaders, streamChunks } from './send-file.js';
import { Refused, type TableExport } from './table-export.js';

/** Where a file goes: the request, its answer, and the format asked. */
export type Answer = { req: IncomingMessage; res: ServerResponse; format: FileFormat };

/** A file built whole: its length said, its bytes sent (none to a HEAD). */
export function sendWhole(to: Answer, filename: string, body: Buffer) {
  to.res.writeHead(200, { ...fileHeaders(to.format, filename), 'content-length': String(body.length) });
  to.res.end(to.req.method === 'HEAD' ? undefined : body);
}

/** What sending a page's table needs: the records, and the day when none is asked. */
export interface TableSource {
  readonly store: Store;
  readonly today: () => string;
}

/**
 * A table a page shows, whole, as the caller may see it: 403 to a role the GraphQL field refuses
 * or for another school's records, 400 naming a parameter it does not take; CSV written to the
 * answer as its rows are computed, XLSX built whole first (see the README).
 */
export async function sendTable(
  source: TableSource,
  caller: Caller,
  what: { readonly name: string; readonly export: TableExport },
  search: string,
  to: Answer,
) {
  if (what.export.needs && !can(caller.role, what.export.needs))
    return answer(to.res, 403, `${what.name}: your role does not read this table`);
  const ctx = createContext(source.store, caller, source.today());
  let table: Awaited<ReturnType<TableExport['table']>>;
  let asOf: string;
  try {
    const params = readParams(search, what.export.params);
    asOf = typeof params.asOf === 'string' ? params.asOf : ctx.today;
    table = await what.export.table(ctx, params);
  } catch (error) {
    if (error instanceof BadParam) return answer(to.res, 400, error.message);
    if (error instanceof Refused) return answer(to.res, 403, error.message);
    throw error;
  }
  const filename = `opale-${what.name}-${asOf}.${to.format}`;
  if (to.format === 'xlsx') {
    const academie = (await ctx.dataset()).academie.name;
    return sendWhole(to, filename, await toXlsx([{ ...table, rows: [...table.rows] }], { asOf, academie }));
  }
  to.res.writeHead(200, fileHeaders(to.format, filename));
  if (to.req.method === 'HEAD') return void to.res.end();
  await streamChunks(to.res, csvChunks(table));
}
