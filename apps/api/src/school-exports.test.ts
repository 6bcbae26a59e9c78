import { academieDemo } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET } from './api.fixture.js';
import { exportClient } from './export-client.fixture.js';
import { type Started, startSeeded } from './server.fixture.js';

// A school's tables and the lists of records over HTTP: the GraphQL field's rows, scoping and roles.
let server: Started;
beforeAll(async () => {
  server = await startSeeded(SECRET);
});
afterAll(() => server.stop());
const { get, rows, graphql } = exportClient(() => server);
// A school with follow-ups and alerts of its restitutions, and another one.
const school = '0605098R';
const other = academieDemo.eple.find((e) => e.uai !== school)?.uai as string;

type School = {
  eple: {
    kit: { actions: { id: string; actor: string }[] };
    restitutions: { report: string }[];
    followUps: { on: string }[];
  };
};
const schoolQuery = `{ eple(uai: "${school}") { kit(asOf: "2024-01-22") { actions { id actor } } restitutions(asOf: "2024-01-22") { report } followUps { on } } }`;

describe('a school’s tables', () => {
  it('hold the rows the GraphQL eple field gives, to the school’s own user', async () => {
    const data = await graphql<School>(schoolQuery, 'eple', [school]);
    const ask = async (what: string, query = `?uai=${school}&asOf=2024-01-22`) => {
      const res = await get(`/exports/${what}.csv${query}`, 'eple', [school]);
      expect(res.status).toBe(200);
      return (await rows(res)).slice(1);
    };
    const kit = await ask('school-kit');
    expect(kit.map((l) => l.split(';')[1])).toEqual(data.eple.kit.actions.map((a) => a.id));
    const adsi = await ask('school-kit', `?uai=${school}&asOf=2024-01-22&actor=adsi`);
    expect(adsi).toHaveLength(data.eple.kit.actions.filter((a) => a.actor === 'adsi').length);
    const alerts = await ask('school-restitutions');
    expect(alerts.map((l) => l.split(';')[3])).toEqual(data.eple.restitutions.map((a) => a.report));
    expect(alerts.length).toBeGreaterThan(0);
    const followUps = await ask('school-follow-ups', `?uai=${school}`);
    expect(followUps).toHaveLength(data.eple.followUps.length);
    expect(followUps.length).toBeGreaterThan(0);
  });

  it('refuse a school user another school, and name an unknown UAI or a missing one', async () => {
    for (const what of ['school-kit', 'school-restitutions', 'school-follow-ups']) {
      const res = await get(`/exports/${what}.csv?uai=${other}`, 'eple', [school]);
      expect(res.status).toBe(403);
      expect(await res.text()).toMatch(/^uai: you may read your own schools only/);
    }
    expect((await get(`/exports/school-kit.csv?uai=${other}`, 'committee')).status).toBe(200);
    const unknown = await get('/exports/school-kit.csv?uai=0000000A', 'admin');
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toMatch(/^uai: expected the UAI of an EPLE of the académie, got "0000000A"/);
    expect(await (await get('/exports/school-follow-ups.csv', 'admin')).text()).toMatch(/^uai: expected/);
    const actor = await get(`/exports/school-kit.csv?uai=${school}&actor=cuisinier`, 'admin');
    expect(await actor.text()).toMatch(/^actor: expected one of chef-etablissement, /);
  });

  it('write CSV for Excel in French and open as a workbook', async () => {
    const csv = await get(`/exports/school-kit.csv?uai=${school}`, 'si2c');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString('utf8')).toContain('Acteur;Identifiant;Action;Finalisée le');
    const xlsx = await get(`/exports/school-restitutions.xlsx?uai=${school}`, 'si2c');
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });
});

describe('the lists of records', () => {
  it('give the EPLE flagged without follow-up, as many as the GraphQL list, to the readers', async () => {
    const lines = (
      await rows(await get('/exports/unfollowed-difficulties.csv?asOf=2024-01-22', 'si2c'))
    ).slice(1);
    const data = await graphql<{ unfollowedDifficulties: { totalCount: number } }>(
      '{ unfollowedDifficulties(asOf: "2024-01-22") { totalCount } }',
      'si2c',
    );
    expect(lines).toHaveLength(data.unfollowedDifficulties.totalCount);
    expect((await get('/exports/unfollowed-difficulties.csv', 'eple', [school])).status).toBe(403);
  });

  it('give the tickets behind a requalified figure, as many as the GraphQL list', async () => {
    const lines = (
      await rows(await get('/exports/requalified-tickets.csv?asOf=2024-01-22&team=SI2C', 'committee'))
    ).slice(1);
    const data = await graphql<{ requalifiedTickets: { totalCount: number } }>(
      '{ requalifiedTickets(team: SI2C, asOf: "2024-01-22") { totalCount } }',
      'committee',
    );
    expect(lines).toHaveLength(data.requalifiedTickets.totalCount);
    expect(await (await get('/exports/requalified-tickets.csv', 'committee')).text()).toMatch(
      /^team: expected one of SI2C, DRASI, missing/,
    );
    expect((await get('/exports/requalified-tickets.csv?team=SI2C', 'eple', [school])).status).toBe(403);
  });

  it('give a milestone’s history as the GraphQL field, and name an unknown milestone', async () => {
    const data = await graphql<{ waves: { id: string; milestones: { id: string; history: unknown[] }[] }[] }>(
      '{ waves(asOf: "2024-01-22") { id milestones { id history { on } } } }',
      'drasi',
    );
    const milestone = data.waves.find((w) => w.id === 'V6')?.milestones[1];
    const res = await get(`/exports/milestone-history.csv?id=${milestone?.id}`, 'eple', [school]);
    expect(res.status).toBe(200);
    expect((await rows(res)).slice(1)).toHaveLength(milestone?.history.length ?? -1);
    const bad = await get('/exports/milestone-history.csv?id=V6-99', 'drasi');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/^id: expected the identifier of a milestone, got "V6-99"/);
  });

  it('give every difficulty rule and the outbox to iTop to the roles of their GraphQL fields', async () => {
    expect((await get('/exports/difficulty-rules.csv', 'committee')).status).toBe(200);
    expect((await get('/exports/difficulty-rules.csv', 'eple', [school])).status).toBe(403);
    const outbox = await get('/exports/itop-outbox.csv', 'admin');
    expect(outbox.status).toBe(200);
    expect((await rows(outbox))[0]).toBe(
      'Ticket;Changement;État;Essais;Mis en attente;Prochain essai;Envoyé;Erreur',
    );
    expect((await get('/exports/itop-outbox.csv', 'si2c')).status).toBe(403);
  });

  it('give a scenario beside the plan, two lines a wave, and name a bad scenario', async () => {
    const uai = academieDemo.eple.find((e) => e.waveId === 'V7')?.uai as string;
    const scenario = JSON.stringify({ moves: [{ uai, toWave: 'V8' }], switchDates: [] });
    const res = await get(
      `/exports/scenario.csv?asOf=2024-01-22&scenario=${encodeURIComponent(scenario)}`,
      'si2c',
    );
    expect(res.status).toBe(200);
    const lines = (await rows(res)).slice(1);
    const data = await graphql<{
      scenarioComparison: { current: { waves: { waveId: string; eple: number }[] } };
    }>(
      `{ scenarioComparison(asOf: "2024-01-22", scenario: { moves: [{ uai: "${uai}", toWave: "V8" }] }) { current { waves { waveId eple } } } }`,
      'si2c',
    );
    expect(lines).toHaveLength(2 * data.scenarioComparison.current.waves.length);
    expect(lines.find((l) => l.startsWith('V7;scénario;oui;'))).toBeDefined();
    const bad = await get('/exports/scenario.csv?scenario=%7Bnot-json', 'si2c');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/^scenario: expected the JSON of a scenario/);
    const unknown = JSON.stringify({ moves: [{ uai, toWave: 'V99' }] });
    const wrong = await get(`/exports/scenario.csv?scenario=${encodeURIComponent(unknown)}`, 'si2c');
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toMatch(/V99/);
    expect((await get('/exports/scenario.csv', 'eple', [school])).status).toBe(403);
  });
});
