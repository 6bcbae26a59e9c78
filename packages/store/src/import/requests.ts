import { splitScreenshotNames, type Ticket, validateScreenshotNames, validateTicket } from '@opale/domain';
import { dayCell, eachRow, failDomain, findColumns, headerKey, once, reasonOf, uaiCell } from './cells.js';
import type { TextTable } from './csv.js';
import type { ParsedFile } from './parsed.js';

// Requests the académie's teams received outside ITOP, by mail, phone or visio: the committee's
// table never counts them, the line "demandes hors ITOP" does.

const COLUMNS = {
  ref: { names: ['reference', 'ref'], required: true },
  channel: { names: ['canal', 'channel'], required: true },
  openedOn: { names: ['ouvert_le', 'date', 'opened_on'], required: true },
  title: { names: ['objet', 'titre', 'title'], required: true },
  uai: { names: ['uai'], required: false },
  team: { names: ['equipe', 'team'], required: false },
  resolvedOn: { names: ['resolu_le', 'resolved_on'], required: false },
  screenshots: { names: ['captures', 'captures_ecran', 'screenshots'], required: false },
} as const;

const CHANNELS: Record<string, 'mail' | 'phone' | 'visio'> = {
  mail: 'mail',
  courriel: 'mail',
  telephone: 'phone',
  phone: 'phone',
  visio: 'visio',
  visioconference: 'visio',
};

/**
 * Reads requests received outside ITOP, `reference;canal;ouvert_le;objet;uai;equipe;resolu_le`
 * and, optionally, `captures`: the channel (mail, téléphone, visio), the day (ISO or dd/mm/yyyy),
 * the subject (its prefix SI2C or DRASI routes it, or the `equipe` column), the school's UAI, the
 * day it was resolved if it was, and the file names of the screenshots joined (separated by `;`
 * inside a quoted cell, or one a line). An ITOP request is refused here: it comes from iTop
 * (`opale import itop`).
 */
export function parseRequests(table: TextTable): ParsedFile<Ticket> & { readonly lines: number[] } {
  const { columns: c, errors } = findColumns(table, COLUMNS);
  if (errors.length > 0) return { records: [], errors, rows: table.rows.length, lines: [] };
  const name = (key: keyof typeof COLUMNS) => c[key] ?? COLUMNS[key].names[0];
  const seen = new Set<string>();
  return eachRow(table, (cell, fail) => {
    const ref = cell(c.ref);
    if (ref === '') fail(name('ref'), 'expected the reference of the request');
    else once(seen, ref, name('ref'), fail);
    const channel = CHANNELS[headerKey(cell(c.channel))];
    if (!channel)
      fail(name('channel'), `expected mail, téléphone or visio, got ${JSON.stringify(cell(c.channel))}`);
    const openedOn = dayCell(cell(c.openedOn), name('openedOn'), fail);
    const rawUai = cell(c.uai);
    const uai = rawUai === '' ? undefined : (uaiCell(rawUai, name('uai'), fail) ?? undefined);
    const resolved = cell(c.resolvedOn);
    const resolvedOn = resolved === '' ? null : dayCell(resolved, name('resolvedOn'), fail);
    const team = cell(c.team).toUpperCase();
    const shots = cell(c.screenshots);
    const named = shots === '' ? undefined : validateScreenshotNames(splitScreenshotNames(shots), 'captures');
    if (named && !named.ok) for (const e of named.errors) fail(name('screenshots'), reasonOf(e));
    const ticket = validateTicket({
      ref: ref || 'X',
      channel: channel ?? 'mail',
      title: cell(c.title),
      openedOn: openedOn ?? '2000-01-01',
      uai,
      team: team === '' ? undefined : team,
      screenshotNames: named?.ok ? named.value : undefined,
      history: resolvedOn ? [{ kind: 'resolved', on: resolvedOn }] : [],
    });
    if (!ticket.ok)
      failDomain(ticket.errors, { title: name('title'), team: name('team'), on: name('resolvedOn') }, fail);
    return ticket.ok ? ticket.value : null;
  });
}
