import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareSchemas, formatChanges } from './schema-diff.js';

const BEFORE = `
  type Query { eple(uai: String!): Eple, waves: [String!]! }
  type Eple { uai: String!, name: String!, kind: String! }
  enum KitChange { finalized, undone }
`;

describe('schema changes against the last release', () => {
  it('calls a removed field breaking, and says where', async () => {
    const after = BEFORE.replace(', kind: String!', '');
    const changes = await compareSchemas(BEFORE, after);
    expect(changes.breaking).toEqual(["Eple.kind: Field 'kind' was removed from object type 'Eple'"]);
    expect(changes.dangerous).toEqual([]);
    expect(changes.safe).toEqual([]);
  });

  it('calls an added field safe and an added enum value dangerous', async () => {
    const after = BEFORE.replace('kind: String! }', 'kind: String!, commune: String }').replace(
      'undone }',
      'undone, skipped }',
    );
    const changes = await compareSchemas(BEFORE, after);
    expect(changes.breaking).toEqual([]);
    expect(changes.dangerous).toHaveLength(1);
    expect(changes.dangerous[0]).toMatch(/^KitChange\.skipped: Enum value 'skipped' was added/);
    expect(changes.safe).toEqual(["Eple.commune: Field 'commune' was added to object type 'Eple'"]);
  });

  it('calls a new required argument breaking', async () => {
    const after = BEFORE.replace('waves: [String!]!', 'waves(asOf: String!): [String!]!');
    expect((await compareSchemas(BEFORE, after)).breaking).toHaveLength(1);
  });

  it('finds nothing between the committed schema and itself, and prints three lists', async () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    const same = await compareSchemas(committed, committed);
    expect(formatChanges(same)).toBe('breaking (0)\ndangerous (0)\nsafe (0)');
    const printed = formatChanges({ breaking: ['a'], dangerous: [], safe: ['b', 'c'] });
    expect(printed).toBe('breaking (1)\n  - a\ndangerous (0)\nsafe (2)\n  - b\n  - c');
    const short = formatChanges({ breaking: ['a'], dangerous: [], safe: ['b', 'c'] }, 1);
    expect(short).toBe('breaking (1)\n  - a\ndangerous (0)\nsafe (2)\n  - b\n  … and 1 more');
  });
});
