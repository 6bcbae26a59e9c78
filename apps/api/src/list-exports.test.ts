import { academieDemo } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET } from './api.fixture.js';
import { signToken } from './auth.js';
import { type Started, startSeeded } from './server.fixture.js';
import { CSRF_HEADER } from './yoga.js';

// The lists the pages show, whole, over HTTP: the GraphQL list's filters, scoping and count.
let server: Started;
beforeAll(async () => {
  server = await startSeeded(SECRET);
});
afterAll(() => server.stop());

type Role = Parameters<typeof signToken>[1]['role'];
const auth = async (role: Role, uais?: string[]) => ({
  authorization: `Bearer ${await signToken(SECRET, { role, uais })}`,
});
const get = async (path: string, role?: Role, uais?: string[]) =>
  fetch(`${server.base}${path}`, { headers: role ? await auth(role, uais) : {} });
/** The data rows of a CSV answer: its lines after the BOM and the header. */
const rows = async (res: Response) =>
  (await res.text())
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((l) => l !== '');
const totalCount = async (field: string, args: string, role: Role, uais?: string[]) => {
  const res = await fetch(`${server.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', ...(await auth(role, uais)) },
    body: JSON.stringify({ query: `{ ${field}(${args}) { totalCount } }` }),
  });
  const body = (await res.json()) as { data?: Record<string, { totalCount: number }>; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data?.[field]?.totalCount as number;
};
const school = academieDemo.tickets.find((t) => t.uai !== undefined)?.uai as string;

describe('the ticket list over HTTP', () => {
  it.each([
    ['', 'asOf: "2024-01-22"'],
    ['&status=open&overThreshold=true', 'asOf: "2024-01-22", status: open, overThreshold: true'],
    [
      '&openedFrom=2024-01-01&openedTo=2024-01-15',
      'asOf: "2024-01-22", openedFrom: "2024-01-01", openedTo: "2024-01-15"',
    ],
    ['&wellFormed=false&channel=itop', 'asOf: "2024-01-22", wellFormed: false, channel: itop'],
    ['&nationalService=c2s_montpellier', 'asOf: "2024-01-22", nationalService: c2s_montpellier'],
    ['&wave=V6&handler=DRASI', 'asOf: "2024-01-22", wave: "V6", handler: DRASI'],
    [
      '&cellRow=inProgress&cellColumn=national',
      'asOf: "2024-01-22", cell: { row: inProgress, column: national }',
    ],
  ])('holds every ticket the GraphQL list counts (%s)', async (query, args) => {
    const res = await get(`/exports/tickets-list.csv?asOf=2024-01-22${query}`, 'si2c');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    // Streamed: sent as it is written, its length unknown when it starts.
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    const lines = await rows(res);
    expect(lines[0]?.startsWith('Référence;Titre;UAI;Établissement;Vague;Canal;Ouvert le;Statut')).toBe(true);
    const count = await totalCount('tickets', args, 'si2c');
    expect(lines).toHaveLength(1 + count);
    if (query === '') expect(count).toBeGreaterThan(100);
  });

  it('gives a school user its own schools’ tickets only, as the GraphQL list does', async () => {
    const res = await get('/exports/tickets-list.csv?asOf=2024-01-22', 'eple', [school]);
    expect(res.status).toBe(200);
    const lines = (await rows(res)).slice(1);
    expect(lines.length).toBe(await totalCount('tickets', 'asOf: "2024-01-22"', 'eple', [school]));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.split(';')[2] === school)).toBe(true);
  });

  it('gives the same list as a workbook', async () => {
    const res = await get('/exports/tickets-list.xlsx?asOf=2024-01-22&status=open', 'drasi');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="opale-tickets-list-2024-01-22.xlsx"',
    );
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it.each([
    ['status=closed', /^status: expected one of open, resolved, got "closed"/],
    ['wellFormed=yes', /^wellFormed: expected true or false, got "yes"/],
    ['openedFrom=01/01/2024', /^openedFrom: expected a day written YYYY-MM-DD/],
    ['minAgeDays=ten', /^minAgeDays: expected a whole number/],
    [
      'nationalService=c2s-montpellier',
      /^nationalService: expected one of c2s_montpellier, daf, guerande, integrator/,
    ],
    ['cellRow=all', /^cellColumn: expected with cellRow/],
    ['colour=blue', /^colour: unknown parameter; expected one of asOf, /],
    ['status=open&status=resolved', /^status: expected once, given 2 times/],
  ])('answers 400 to %s, naming the parameter and what it expects', async (query, message) => {
    const res = await get(`/exports/tickets-list.csv?${query}`, 'si2c');
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(message);
  });

  it('asks who you are', async () => {
    expect((await get('/exports/tickets-list.csv')).status).toBe(401);
  });
});

describe('the EPLE list over HTTP', () => {
  it.each([
    ['', 'asOf: "2024-01-22"'],
    ['&wave=V6&budget=pending', 'asOf: "2024-01-22", wave: "V6", budget: pending'],
    ['&wave=V6&kitBucket=above30', 'asOf: "2024-01-22", wave: "V6", kitBucket: above30'],
    ['&inDifficulty=true&orderBy=difficulty', 'asOf: "2024-01-22", inDifficulty: true, orderBy: difficulty'],
  ])('holds every EPLE the GraphQL list counts (%s)', async (query, args) => {
    const res = await get(`/exports/eples-list.csv?asOf=2024-01-22${query}`, 'committee');
    expect(res.status).toBe(200);
    const lines = await rows(res);
    expect(lines[0]).toMatch(/^UAI;Établissement;Commune;Département;Type;Vague;/);
    expect(lines).toHaveLength(1 + (await totalCount('eples', args, 'committee')));
  });

  it('gives the committee’s V6 figures back: 11 budgets not yet exécutoire, 15 kits above 30 %', async () => {
    expect(
      await rows(await get('/exports/eples-list.csv?asOf=2024-01-22&wave=V6&budget=pending', 'si2c')),
    ).toHaveLength(12);
    expect(
      await rows(await get('/exports/eples-list.csv?asOf=2024-01-22&wave=V6&kitBucket=above30', 'si2c')),
    ).toHaveLength(16);
  });

  it('gives a school user its own schools only', async () => {
    const lines = (await rows(await get('/exports/eples-list.csv', 'eple', [school]))).slice(1);
    expect(lines.map((l) => l.split(';')[0])).toEqual([school]);
    const xlsx = await get('/exports/eples-list.xlsx', 'eple', [school]);
    expect(xlsx.status).toBe(200);
  });

  it('answers 400 naming the parameter, and 404 naming the lists', async () => {
    const bad = await get('/exports/eples-list.csv?kitBucket=half', 'admin');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/^kitBucket: expected one of below10, from10To30, above30, got "half"/);
    const missing = await get('/exports/eple-list.csv', 'admin');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('tickets-list|eples-list');
  });
});
