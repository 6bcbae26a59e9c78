import { academieDemo } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET } from './api.fixture.js';
import { exportClient } from './export-client.fixture.js';
import { type Started, startSeeded } from './server.fixture.js';

// The tables of a wave's pages over HTTP: rows as the GraphQL fields give them, with their roles.
let server: Started;
beforeAll(async () => {
  server = await startSeeded(SECRET);
});
afterAll(() => server.stop());
const { get, rows, graphql } = exportClient(() => server);
const school = academieDemo.eple.find((e) => e.waveId === 'V6')?.uai as string;

describe('a wave’s tables of the report', () => {
  it('give one wave’s kit, as the GraphQL waves field counts it', async () => {
    const lines = await rows(await get('/exports/kit.csv?asOf=2024-01-22&wave=V6', 'committee'));
    const data = await graphql<{ waves: { id: string; kit: Record<string, unknown> }[] }>(
      '{ waves(asOf: "2024-01-22") { id kit { eple actions buckets { below10 from10To30 above30 } } } }',
      'committee',
    );
    const v6 = data.waves.find((w) => w.id === 'V6')?.kit as {
      eple: number;
      actions: number;
      buckets: { below10: number; from10To30: number; above30: number };
    };
    const b = v6.buckets;
    expect(lines).toEqual([
      'Vague;EPLE;Actions du kit;< 10 %;10 à 30 %;> 30 %',
      `V6;${v6.eple};${v6.actions};${b.below10};${b.from10To30};${b.above30}`,
    ]);
  });

  it('give one wave’s calendar to every signed-in role, as the GraphQL waves field', async () => {
    const res = await get('/exports/milestones.csv?asOf=2024-01-22&wave=V6', 'eple', [school]);
    expect(res.status).toBe(200);
    const lines = (await rows(res)).slice(1);
    const data = await graphql<{ waves: { id: string; milestones: { id: string }[] }[] }>(
      '{ waves(asOf: "2024-01-22") { id milestones { id } } }',
      'eple',
      [school],
    );
    const ids = data.waves.find((w) => w.id === 'V6')?.milestones.map((m) => m.id);
    expect(lines.map((l) => l.split(';')[5])).toEqual(ids);
    expect(lines.every((l) => l.startsWith('V6;'))).toBe(true);
  });

  it('give a wave’s EPLE beside their agence comptable, as many as the GraphQL list', async () => {
    const lines = (await rows(await get('/exports/agences.csv?asOf=2024-01-22&wave=V5', 'si2c'))).slice(1);
    const data = await graphql<{ eples: { totalCount: number } }>(
      '{ eples(wave: "V5", asOf: "2024-01-22") { totalCount } }',
      'si2c',
    );
    expect(lines).toHaveLength(data.eples.totalCount);
    expect((await get('/exports/agences.csv?wave=V5', 'eple', [school])).status).toBe(403);
  });

  it('give the requalified tickets’ shares of the report', async () => {
    const lines = (await rows(await get('/exports/requalified.csv?asOf=2024-01-22', 'drasi'))).slice(1);
    const data = await graphql<{
      committeeReport: { requalified: { team: string; figure: number; rate: { denominator: number } }[] };
    }>(
      '{ committeeReport(asOf: "2024-01-22") { requalified { team figure rate { denominator } } } }',
      'drasi',
    );
    expect(lines.map((l) => l.split(';').slice(0, 3).join(';'))).toEqual(
      data.committeeReport.requalified.map((s) => `${s.team};${s.rate.denominator};${s.figure}`),
    );
  });

  it('answer 400 naming the wave, or a table the wave does not narrow', async () => {
    const unknown = await get('/exports/kit.csv?wave=V99', 'committee');
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toMatch(/^wave: expected one of V1, .*got "V99"/);
    const wide = await get('/exports/tickets.csv?wave=V6', 'committee');
    expect(wide.status).toBe(400);
    expect(await wide.text()).toMatch(/^wave: unknown parameter; expected one of asOf/);
  });
});

describe('the training page’s tables', () => {
  type Training = {
    training: {
      summary: { tracks: { trackId: string }[]; totals: Record<string, number> };
      groups: { id: string }[];
      trainers: { id: string }[];
    };
  };
  const training = (role: Parameters<typeof get>[1], uais?: string[]) =>
    graphql<Training>(
      '{ training(wave: "V6", asOf: "2024-01-22") { summary { tracks { trackId } totals { staff groups pairs trainers } } groups { id } trainers { id } } }',
      role ?? 'admin',
      uais,
    );

  it('give the tracks, groups and trainers the GraphQL training field gives', async () => {
    const data = await training('si2c');
    const query = '?wave=V6&asOf=2024-01-22';
    const tracks = (await rows(await get(`/exports/training-tracks.csv${query}`, 'si2c'))).slice(1);
    const t = data.training.summary.totals;
    expect(tracks).toHaveLength(data.training.summary.tracks.length + 1);
    expect(tracks.at(-1)).toBe(`V6;Total;${t.staff};${t.groups};${t.pairs};${t.trainers};;`);
    const groups = (await rows(await get(`/exports/training-groups.csv${query}`, 'si2c'))).slice(1);
    expect(groups.map((l) => l.split(';')[0])).toEqual(data.training.groups.map((g) => g.id));
    const trainers = (await rows(await get(`/exports/training-trainers.csv${query}`, 'si2c'))).slice(1);
    expect(trainers.map((l) => l.split(';')[0])).toEqual(data.training.trainers.map((x) => x.id));
    expect(trainers[0]).toMatch(/^F\d+;Formateur \d+;V\d+$/);
  });

  it('name the trainers to the roles that read their names only, and answer a school user', async () => {
    const res = await get('/exports/training-trainers.csv?wave=V6&asOf=2024-01-22', 'eple', [school]);
    expect(res.status).toBe(200);
    const trainers = (await rows(res)).slice(1);
    expect(trainers.map((l) => l.split(';')[0])).toEqual(
      (await training('eple', [school])).training.trainers.map((x) => x.id),
    );
    expect(trainers.every((l) => /^(F\d+);\1;/.test(l))).toBe(true);
  });

  it('answer 400 naming the wave, missing or unknown, and open as a workbook', async () => {
    const missing = await get('/exports/training-groups.csv', 'si2c');
    expect(missing.status).toBe(400);
    expect(await missing.text()).toMatch(/^wave: expected a wave \(e.g. V6\), missing/);
    const unknown = await get('/exports/training-tracks.csv?wave=V99', 'si2c');
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toMatch(/^wave: expected one of V1, /);
    const xlsx = await get('/exports/training-groups.xlsx?wave=V6&track=AC', 'committee');
    expect(xlsx.headers.get('content-disposition')).toMatch(/opale-training-groups-\d{4}-\d\d-\d\d\.xlsx/);
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });
});
