import { type Eple, KIT_ACTORS } from '@opale/domain';
import { followUpsTable, restitutionsTable, schoolKitTable } from '@opale/store';
import { canReadEple } from '../caller.js';
import type { Context } from '../context.js';
import { kitOf } from '../schema/kit-completion.js';
import { BadParam } from './query-params.js';
import { Refused, required, type TableExport, tableExport } from './table-export.js';

/**
 * The EPLE of the `uai` parameter, as the GraphQL `eple(uai)` reads it: a school user may ask for
 * their own schools only (403 otherwise, even for a UAI that does not exist); an unknown UAI is a 400.
 */
async function epleOf(ctx: Context, param: string | undefined): Promise<Eple> {
  const uai = required(param, 'uai', 'the UAI of an EPLE').trim().toUpperCase();
  if (!canReadEple(ctx.caller, uai)) throw new Refused(`uai: you may read your own schools only, not ${uai}`);
  const eple = await ctx.loaders.eple.load(uai);
  if (!eple)
    throw new BadParam(`uai: expected the UAI of an EPLE of the académie, got ${JSON.stringify(uai)}`);
  return eple;
}

/**
 * The tables of a school's page, for the roles that read the school (every signed-in role; a
 * school user: their own schools): its kit de bascule, the alerts of its restitutions, its
 * follow-ups. Its tickets are the ticket list's export with `uai`.
 */
export const SCHOOL_EXPORTS: Readonly<Record<string, TableExport>> = {
  'school-kit': tableExport({
    params: { uai: 'text', asOf: 'day', actor: { oneOf: KIT_ACTORS } },
    needs: null,
    table: async (ctx, params) => {
      const eple = await epleOf(ctx, params.uai);
      const asOf = params.asOf ?? ctx.today;
      return schoolKitTable(eple, await kitOf(ctx, eple, asOf), asOf, params.actor);
    },
  }),
  'school-restitutions': tableExport({
    params: { uai: 'text', asOf: 'day' },
    needs: null,
    table: async (ctx, params) => {
      const eple = await epleOf(ctx, params.uai);
      const dataset = await ctx.dataset();
      const restitutions = dataset.restitutions.filter((r) => r.uai === eple.uai);
      return restitutionsTable({ eple: dataset.eple, restitutions }, params.asOf ?? ctx.today);
    },
  }),
  'school-follow-ups': tableExport({
    params: { uai: 'text' },
    needs: null,
    table: async (ctx, params) => {
      const eple = await epleOf(ctx, params.uai);
      return followUpsTable(eple, await ctx.loaders.followUpsOfEple.load(eple.uai));
    },
  }),
};
