import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi } from './api.fixture.js';
import { LIMITS } from './limits.js';

let demo: Awaited<ReturnType<typeof demoApi>>;
/** A real node id, repeated to make a query as long as wanted without repeating a field. */
let epleId: string;

beforeAll(async () => {
  demo = await demoApi();
  const first = await demo.gql('{ eples(first: 1) { edges { node { id } } } }', {}, 'committee');
  epleId = first.data.eples.edges[0].node.id;
});
afterAll(() => demo.close());

// Each builder makes a query that measures exactly `n` as graphql-armor counts: nothing is
// hard-coded, so a new figure in LIMITS is tested at its own edge.
const repeat = (n: number, text: string) => Array.from({ length: n }, () => text).join(' ');

/** `__type` (1), n − 2 nested `ofType` (introspection types nest without end), `name` (n). */
const depth = (n: number) =>
  `{ __type(name: "Query") { ${'ofType { '.repeat(n - 2)}name${' }'.repeat(n - 2)} } }`;

/** n aliased fields (`__typename` aliases are allowed without count). */
const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: environments(day: "2024-01-22") { day }`).join(' ')} }`;

/** `{ nodes ( ids : [` … `] ) { id } }`: 12 tokens around n − 12 ids. */
const tokens = (n: number) => `{ nodes(ids: [${repeat(n - 12, JSON.stringify(epleId))}]) { id } }`;

/** n directives on the root `__typename`. */
const directives = (n: number) => `{ ${repeat(n, '__typename @skip(if: false)')} }`;

/**
 * Cost: a scalar 1, an object 2 plus 1.5 × its children, the whole times `first`; root fields
 * add up. `tickets(first: 100) { edges { node { ref × 2p } } }` costs 950 + 675p; `__typename`s
 * at the root make up the rest, one each.
 */
const cost = (n: number) => {
  const pairs = n >= 950 ? Math.floor((n - 950) / 675) : -1;
  const page = pairs < 0 ? '' : `tickets(first: 100) { edges { node { ${repeat(2 * pairs, 'ref')} } } }`;
  return `{ ${page} ${repeat(n - (pairs < 0 ? 0 : 950 + 675 * pairs), '__typename')} }`;
};

const LIMITED = [
  { name: 'depth', n: LIMITS.maxDepth, build: depth, refusal: 'Query depth limit' },
  { name: 'aliases', n: LIMITS.maxAliases, build: aliases, refusal: 'Aliases limit' },
  { name: 'tokens', n: LIMITS.maxTokens, build: tokens, refusal: 'Token limit' },
  { name: 'cost', n: LIMITS.maxCost, build: cost, refusal: 'Query Cost limit' },
  { name: 'directives', n: LIMITS.maxDirectives, build: directives, refusal: 'Directives limit' },
];

describe('the limits of one request', () => {
  it.each(LIMITED)('$name: $n is answered, one more is refused before it runs', async (limit) => {
    const at = await demo.gql(limit.build(limit.n), {}, 'committee');
    expect(at.errors).toBeUndefined();
    expect(at.data).toBeTruthy();

    const over = await demo.gql(limit.build(limit.n + 1), {}, 'committee');
    expect(over.data).toBeUndefined();
    expect(over.errors).toHaveLength(1);
    // The token count stops at the first token too many; the others say what they found.
    expect(over.errors?.[0]?.message).toContain(`${limit.refusal} of ${limit.n} exceeded`);
    if (limit.name !== 'tokens') expect(over.errors?.[0]?.message).toContain(`found ${limit.n + 1}`);
  });

  it.each(['eples', 'tickets'])('%s: pages of 100 are served, 101 refused', async (field) => {
    const page = (first: number) =>
      demo.gql(`query($first: Int) { ${field}(first: $first) { edges { cursor } } }`, { first }, 'admin');
    const full = await page(100);
    expect(full.errors).toBeUndefined();
    expect(full.data[field].edges).toHaveLength(100);
    const tooMany = await page(101);
    expect(tooMany.data).toBeNull();
    expect(tooMany.errors?.[0]?.message).toContain('at most 100');
  });
});

describe('errors as deployed and in development', () => {
  // An unexpected failure: the database is gone under the API.
  const broken = async (development: boolean) => {
    const api = await demoApi({ development });
    await api.store.close();
    const answer = await api.gql('{ eples(first: 1) { edges { node { uai } } } }', {}, 'committee');
    await api.close();
    return answer;
  };

  it('masks an unexpected error unless started in development: no internal message, no stack', async () => {
    const answer = await broken(false);
    expect(answer.errors?.[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify(answer)).not.toMatch(/destroyed|stack|at .*\.js/);
  });

  it('shows the internal message and the stack in development', async () => {
    const answer = await broken(true);
    expect(answer.errors?.[0]?.message).toBe('Unexpected error.');
    const original = answer.errors?.[0]?.extensions?.originalError;
    expect(original.message).toContain('destroyed');
    expect(original.stack).toContain('at ');
  });

  it('hides field suggestions unless started in development', async () => {
    const production = await demoApi();
    const typo = '{ environments(day: "2024-01-22") { dya } }';
    const hidden = await production.gql(typo, {}, 'committee');
    await production.close();
    expect(hidden.errors?.[0]?.message).toContain('Cannot query field "dya"');
    expect(hidden.errors?.[0]?.message).not.toContain('Did you mean');
    const development = await demoApi({ development: true });
    const shown = await development.gql(typo, {}, 'committee');
    await development.close();
    expect(shown.errors?.[0]?.message).toContain('Did you mean "day"');
  });
});
