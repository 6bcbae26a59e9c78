import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

/** What changed between two printed schemas, by what it may do to the clients of the first. */
export interface SchemaChanges {
  /** Queries that worked may now fail (a field removed, an argument made required, …). */
  readonly breaking: readonly string[];
  /** Queries still work but may behave differently (a value added to an enum, a default changed, …). */
  readonly dangerous: readonly string[];
  readonly safe: readonly string[];
}

const line = (change: Change) => (change.path ? `${change.path}: ${change.message}` : change.message);

/** Compares two schemas in SDL, as `schema.graphql` holds them. */
export async function compareSchemas(before: string, after: string): Promise<SchemaChanges> {
  const changes = await diff(buildSchema(before), buildSchema(after));
  const of = (level: CriticalityLevel) => changes.filter((c) => c.criticality.level === level).map(line);
  return {
    breaking: of(CriticalityLevel.Breaking),
    dangerous: of(CriticalityLevel.Dangerous),
    safe: of(CriticalityLevel.NonBreaking),
  };
}

/** The changes in three lists, as CI's log shows them; safe ones beyond `safeShown` are counted. */
export function formatChanges(changes: SchemaChanges, safeShown = Number.POSITIVE_INFINITY): string {
  const section = (title: string, items: readonly string[], shown = items.length) => {
    const more = items.length > shown ? `\n  … and ${items.length - shown} more` : '';
    const listed = items.slice(0, shown).map((item) => `\n  - ${item}`);
    return `${title} (${items.length})${listed.join('')}${more}`;
  };
  return [
    section('breaking', changes.breaking),
    section('dangerous', changes.dangerous),
    section('safe', changes.safe, safeShown),
  ].join('\n');
}
