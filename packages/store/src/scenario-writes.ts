import { randomUUID } from 'node:crypto';
import {
  domainError,
  fail,
  type IsoDate,
  ok,
  type Result,
  type Scenario,
  scenarioChanges,
  validateScenario,
} from '@opale/domain';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { type Actor, audit } from './audit.js';
import { conflict } from './conflict.js';
import { readDataset } from './read-dataset.js';
import type { Database, ScenariosTable } from './schema.js';
import { setPlan, waveChangeRow } from './wave-change-rows.js';

type Transact = <T>(work: (trx: Transaction<Database>) => Promise<T>) => Promise<T>;

/** The longest name of a draft. */
export const MAX_DRAFT_NAME = 200;

/** A named draft of the re-planning page, with its version and, once applied, who applied it and when. */
export interface ScenarioDraft {
  readonly id: string;
  readonly name: string;
  readonly scenario: Scenario;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
  readonly appliedAt: string | null;
  readonly appliedBy: string | null;
}

/** What applying a draft changed in the records. */
export interface ScenarioApplied {
  readonly draft: ScenarioDraft;
  readonly moves: number;
  readonly switchDates: number;
}

function toDraft(row: Selectable<ScenariosTable>): ScenarioDraft {
  return {
    id: row.id,
    name: row.name,
    scenario: JSON.parse(row.scenario) as Scenario,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    appliedAt: row.applied_at,
    appliedBy: row.applied_by,
  };
}

function findRow(db: Kysely<Database>, id: string) {
  return db.selectFrom('scenarios').selectAll().where('id', '=', id).executeTakeFirst();
}

function notFound(id: string): Result<never> {
  return fail(domainError('id', 'not_found', `id: no scenario draft ${id}`));
}

function alreadyApplied(row: Selectable<ScenariosTable>): Result<never> {
  return fail(
    domainError(
      'id',
      'inconsistent',
      `id: the draft ${row.id} was applied on ${row.applied_at} by ${row.applied_by}; save a new draft to change the plan again`,
    ),
  );
}

/** Checks a scenario against the records as they are in `db`. */
async function checked(db: Kysely<Database>, scenario: unknown): Promise<Result<Scenario>> {
  const { eple, waves } = await readDataset(db);
  return validateScenario(scenario, { eple, waves });
}

/**
 * The named drafts of the re-planning page: saved, listed, read, and applied to the records by an
 * administrator, all or nothing, each change audited. A change is based on the version read: a
 * stale one is a `conflict` and nothing is written.
 */
export class ScenarioWrites {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly transaction: Transact,
  ) {}

  /** Every draft, the latest changed first. */
  async list(): Promise<ScenarioDraft[]> {
    const rows = await this.db.selectFrom('scenarios').selectAll().orderBy('updated_at', 'desc').execute();
    return rows.map(toDraft);
  }

  /** One draft, or undefined when there is none under `id`. */
  async read(id: string): Promise<ScenarioDraft | undefined> {
    const row = await findRow(this.db, id);
    return row && toDraft(row);
  }

  /**
   * Saves a draft: a new one (with a new id) when `id` is undefined, otherwise a change of the
   * stored one based on `version`. The scenario must hold against the current records.
   */
  save(
    input: {
      readonly id?: string;
      readonly version?: number;
      readonly name: string;
      readonly scenario: unknown;
    },
    actor: Actor,
  ): Promise<Result<ScenarioDraft>> {
    return this.transaction(async (trx) => {
      const name = input.name.trim();
      if (name === '' || name.length > MAX_DRAFT_NAME)
        return fail(
          domainError('name', 'invalid_format', `name: expected 1 to ${MAX_DRAFT_NAME} characters`),
        );
      const scenario = await checked(trx, input.scenario);
      if (!scenario.ok) return scenario;
      const at = new Date().toISOString();
      const json = JSON.stringify(scenario.value);
      if (input.id === undefined) {
        const id = randomUUID();
        await trx
          .insertInto('scenarios')
          .values({ id, name, scenario: json, created_by: actor, created_at: at, updated_at: at })
          .execute();
        await audit(trx, at, actor, 'scenario-create', 'scenario', id, { name, ...scenario.value });
        return ok(toDraft((await findRow(trx, id)) as Selectable<ScenariosTable>));
      }
      const found = await findRow(trx, input.id);
      if (!found) return notFound(input.id);
      if (input.version === undefined || found.version !== input.version)
        return conflict(`scenario draft ${input.id}`, found.version, input.version);
      if (found.applied_at) return alreadyApplied(found);
      const updated = await trx
        .updateTable('scenarios')
        .set({ name, scenario: json, updated_at: at, version: found.version + 1 })
        .where('id', '=', found.id)
        .where('version', '=', found.version)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1)
        return conflict(`scenario draft ${found.id}`, undefined, input.version);
      await audit(trx, at, actor, 'scenario-change', 'scenario', found.id, { name, ...scenario.value });
      return ok(toDraft((await findRow(trx, found.id)) as Selectable<ScenariosTable>));
    });
  }

  /**
   * Applies a draft to the records in one transaction, as changes of the plan decided on `today`
   * by `actor`: the moved EPLE go to their new waves, the moved bascules to their new days, and
   * each change is kept, dated, with the plan it replaced, so that the figures of the days before
   * read the plan they had (see the domain's `planAsOf`); one audit line per change, and the draft
   * is marked applied. The scenario is checked again against the current records: when anything
   * is invalid, or the draft changed since `version`, nothing is written.
   */
  apply(id: string, version: number, actor: Actor, today: IsoDate): Promise<Result<ScenarioApplied>> {
    return this.transaction(async (trx) => {
      const found = await findRow(trx, id);
      if (!found) return notFound(id);
      if (found.version !== version) return conflict(`scenario draft ${id}`, found.version, version);
      if (found.applied_at) return alreadyApplied(found);
      const dataset = await readDataset(trx);
      const scenario = validateScenario(JSON.parse(found.scenario), dataset);
      if (!scenario.ok) return scenario;
      const at = new Date().toISOString();
      const changes = scenarioChanges(dataset, scenario.value, {
        on: today,
        recordedBy: actor,
        recordedAt: at,
      });
      const recorded = { recorded_by: actor, recorded_at: at };
      for (const change of changes) {
        await trx.insertInto('wave_changes').values(waveChangeRow(change)).execute();
        const detail = { scenario: id, on: today, from: change.from, to: change.to };
        await setPlan(trx, change, recorded);
        const [action, entity, entityId] =
          change.kind === 'eple-wave'
            ? ['scenario-move', 'eple', change.uai]
            : ['scenario-switch-date', 'wave', change.waveId];
        await audit(trx, at, actor, action, entity, entityId, detail);
      }
      await trx
        .updateTable('scenarios')
        .set({ applied_at: at, applied_by: actor, version: version + 1, updated_at: at })
        .where('id', '=', id)
        .execute();
      await audit(trx, at, actor, 'scenario-apply', 'scenario', id, scenario.value);
      const draft = toDraft((await findRow(trx, id)) as Selectable<ScenariosTable>);
      return ok({
        draft,
        moves: scenario.value.moves.length,
        switchDates: scenario.value.switchDates.length,
      });
    });
  }
}
