import {
  type BudgetExecutoire,
  type KitAction,
  type KitEvent,
  type Ticket,
  validateBudgetExecutoire,
  validateKitEvent,
  validateTicket,
  validateWaves,
  type Wave,
} from '@opale/domain';
import type { Transaction } from 'kysely';
import type { AnnuaireEstablishment } from './import/annuaire.js';
import type { DeploymentRow } from './import/deployment.js';
import type { RowError } from './import/parsed.js';
import { addBudgetOnce, epleMap, findTicket, kitActionMap, waveMap } from './lookups.js';
import { kitActionRow, kitEventRow, ticketEventRow, ticketRow, waveRow } from './rows.js';
import type { Database, Recorded } from './schema.js';

/** What an import changed. */
export interface Tally {
  inserted: number;
  updated: number;
  unchanged: number;
}

type Trx = Transaction<Database>;
/** Applies a file's records inside the import's transaction: the rows' errors, or what changed. */
export type Apply<T> = (
  trx: Trx,
  records: readonly T[],
  lineOf: (i: number) => number,
  r: Recorded,
) => Promise<RowError[] | Tally>;

export const tally = (): Tally => ({ inserted: 0, updated: 0, unchanged: 0 });
/** The same value, whatever the order of keys and absent or undefined fields. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, canonical(v)]),
  );
}
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** Directory rows: new establishments are added; known ones get their name, kind and place updated. */
export const applyAnnuaire: Apply<AnnuaireEstablishment> = async (trx, records, _line, r) => {
  const t = tally();
  const known = new Map(
    (await trx.selectFrom('eple').select(['uai', 'name', 'kind', 'commune', 'departement']).execute()).map(
      (e) => [e.uai, e],
    ),
  );
  for (const e of records) {
    const row = { name: e.name, kind: e.kind, commune: e.commune, departement: e.departement };
    const before = known.get(e.uai);
    if (!before) {
      await trx
        .insertInto('eple')
        .values({ uai: e.uai, ...row, agence_uai: null, wave_id: null, created_on: null, ...r })
        .execute();
      t.inserted += 1;
    } else if (
      !same(
        { name: before.name, kind: before.kind, commune: before.commune, departement: before.departement },
        row,
      )
    ) {
      await trx
        .updateTable('eple')
        .set((eb) => ({ ...row, ...r, version: eb('version', '+', 1) }))
        .where('uai', '=', e.uai)
        .execute();
      t.updated += 1;
    } else t.unchanged += 1;
  }
  return t;
};

/** The académie's table: each EPLE's agence comptable and wave (and day of creation in op@le). */
export const applyDeployment: Apply<DeploymentRow> = async (trx, records, lineOf, r) => {
  const waves = await waveMap(trx);
  const rows = new Map((await trx.selectFrom('eple').selectAll().execute()).map((e) => [e.uai, e]));
  const inFile = new Set(records.map((d) => d.uai));
  const errors: RowError[] = [];
  records.forEach((d, i) => {
    const line = lineOf(i);
    if (!rows.has(d.uai))
      errors.push({
        line,
        field: 'uai',
        reason: `unknown establishment ${d.uai}: import the Annuaire first`,
      });
    if (!waves.has(d.waveId))
      errors.push({
        line,
        field: 'vague',
        reason: `unknown wave ${d.waveId}: expected one of ${[...waves.keys()].join(', ')}`,
      });
    if (!rows.has(d.agenceUai) && !inFile.has(d.agenceUai)) {
      errors.push({
        line,
        field: 'agence_comptable',
        reason: `unknown establishment ${d.agenceUai} for the agence comptable`,
      });
    }
  });
  if (errors.length > 0) return errors;
  const t = tally();
  for (const d of records) {
    const wave = waves.get(d.waveId) as Wave;
    // Without a day of creation, the day the ministry created the wave's EPLE in op@le.
    const created = wave.milestones.find((m) => m.kind === 'eple-created');
    const createdOn = d.createdOn ?? created?.doneOn ?? created?.dueOn ?? wave.switchDate;
    const before = rows.get(d.uai);
    const next = {
      agence_uai: d.agenceUai,
      wave_id: d.waveId,
      created_on: createdOn,
      ...(d.name ? { name: d.name } : {}),
    };
    if (
      before &&
      same(
        {
          agence_uai: before.agence_uai,
          wave_id: before.wave_id,
          created_on: before.created_on,
          ...(d.name ? { name: before.name } : {}),
        },
        next,
      )
    ) {
      t.unchanged += 1;
      continue;
    }
    await trx
      .updateTable('eple')
      .set((eb) => ({ ...next, ...r, version: eb('version', '+', 1) }))
      .where('uai', '=', d.uai)
      .execute();
    t.updated += 1;
  }
  return t;
};

/**
 * The waves and their switch dates. Their milestones stay as they are: they have their own file
 * (the `milestones` import), which keeps each one's history.
 */
export const applyWaves: Apply<Wave> = async (trx, records, lineOf, r) => {
  const known = await waveMap(trx);
  const merged = new Map(known);
  for (const w of records) merged.set(w.id, { ...w, milestones: known.get(w.id)?.milestones ?? [] });
  const checked = validateWaves([...merged.values()]);
  if (!checked.ok) {
    return checked.errors.map((e) => ({
      line: lineOf(records.findIndex((w) => e.message.includes(w.id))),
      field: e.field,
      reason: e.message,
    }));
  }
  const t = tally();
  for (const w of records) {
    const before = known.get(w.id);
    const next = merged.get(w.id) as Wave;
    if (before && same(before, next)) {
      t.unchanged += 1;
      continue;
    }
    if (before) {
      await trx
        .updateTable('waves')
        .set((eb) => ({
          number: next.number,
          switch_date: next.switchDate,
          planned_count: next.plannedCount,
          ...r,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', w.id)
        .execute();
      t.updated += 1;
    } else {
      await trx.insertInto('waves').values(waveRow(next, r)).execute();
      t.inserted += 1;
    }
  }
  return t;
};

/** The kit's list of actions (the ministry's, replacing the default one action by action). */
export const applyKitActions: Apply<KitAction> = async (trx, records, _line, _r) => {
  const known = await kitActionMap(trx);
  const t = tally();
  let position = known.size;
  for (const a of records) {
    const before = known.get(a.id);
    if (before && same(before, a)) t.unchanged += 1;
    else if (before) {
      await trx
        .updateTable('kit_actions')
        .set({ actor: a.actor, label: a.label })
        .where('id', '=', a.id)
        .execute();
      t.updated += 1;
    } else {
      await trx.insertInto('kit_actions').values(kitActionRow(a, position++)).execute();
      t.inserted += 1;
    }
  }
  return t;
};

/** Kit progress: events added unless the same event is already recorded. */
export const applyKitProgress: Apply<KitEvent> = async (trx, records, lineOf, r) => {
  const eple = await epleMap(
    trx,
    records.map((e) => e.uai),
  );
  const actions = await kitActionMap(trx);
  const errors = records.flatMap((e, i) => {
    const c = validateKitEvent(e, { eple, actions });
    return c.ok
      ? []
      : c.errors.map((x) => ({ line: lineOf(i), field: x.field.replace(/^event\./, ''), reason: x.message }));
  });
  if (errors.length > 0) return errors;
  const stored = new Set(
    (
      await trx
        .selectFrom('kit_events')
        .select(['uai', 'action_id', 'kind', 'on_date'])
        .where('uai', 'in', [...eple.keys(), ''])
        .execute()
    ).map((e) => `${e.uai}|${e.action_id}|${e.kind}|${e.on_date}`),
  );
  const t = tally();
  for (const e of records) {
    const key = `${e.uai}|${e.actionId}|${e.kind}|${e.on}`;
    if (stored.has(key)) t.unchanged += 1;
    else {
      await trx.insertInto('kit_events').values(kitEventRow(e, r)).execute();
      stored.add(key);
      t.inserted += 1;
    }
  }
  return t;
};

/** Budgets exécutoires: each recorded once. */
export const applyBudgets: Apply<BudgetExecutoire> = async (trx, records, lineOf, r) => {
  const eple = await epleMap(
    trx,
    records.map((b) => b.uai),
  );
  const errors = records.flatMap((b, i) => {
    const c = validateBudgetExecutoire(b, { eple });
    return c.ok
      ? []
      : c.errors.map((x) => ({
          line: lineOf(i),
          field: x.field.replace(/^budget\./, ''),
          reason: x.message,
        }));
  });
  if (errors.length > 0) return errors;
  const t = tally();
  for (const b of records) {
    if (await addBudgetOnce(trx, b, r)) t.inserted += 1;
    else t.unchanged += 1;
  }
  return t;
};

/**
 * Tickets from iTop: new ones are added; a known one is updated when iTop says more (its stored
 * history is kept and the new events appended), or replaced when iTop's account differs.
 */
export const applyTickets: Apply<Ticket> = async (trx, records, lineOf, r) => {
  const eple = await epleMap(
    trx,
    records.flatMap((t) => (t.uai ? [t.uai] : [])),
  );
  const errors = records.flatMap((t, i) => {
    const c = validateTicket(t);
    const bad = c.ok
      ? []
      : c.errors.map((x) => ({
          line: lineOf(i),
          field: x.field.replace(/^ticket\./, ''),
          reason: x.message,
        }));
    if (t.uai && !eple.has(t.uai))
      bad.push({ line: lineOf(i), field: 'uai', reason: `unknown EPLE ${t.uai}` });
    return bad;
  });
  if (errors.length > 0) return errors;
  const t = tally();
  for (const ticket of records) {
    const found = await findTicket(trx, ticket.ref);
    if (found && same(found.ticket, ticket)) {
      t.unchanged += 1;
      continue;
    }
    if (found) {
      const { history: _h, ...fields } = ticketRow(ticket, r) as ReturnType<typeof ticketRow> & {
        history?: unknown;
      };
      await trx
        .updateTable('tickets')
        .set((eb) => ({ ...fields, version: eb('version', '+', 1) }))
        .where('ref', '=', ticket.ref)
        .execute();
      const prefix = found.ticket.history.every((e, i) => same(e, ticket.history[i]));
      const from = prefix ? found.ticket.history.length : 0;
      if (!prefix) await trx.deleteFrom('ticket_events').where('ticket_ref', '=', ticket.ref).execute();
      for (let seq = from; seq < ticket.history.length; seq += 1) {
        await trx
          .insertInto('ticket_events')
          .values(ticketEventRow(ticket.ref, seq, ticket.history[seq] as Ticket['history'][number], r))
          .execute();
      }
      t.updated += 1;
    } else {
      await trx.insertInto('tickets').values(ticketRow(ticket, r)).execute();
      for (const [seq, e] of ticket.history.entries())
        await trx
          .insertInto('ticket_events')
          .values(ticketEventRow(ticket.ref, seq, e, r))
          .execute();
      t.inserted += 1;
    }
  }
  return t;
};
