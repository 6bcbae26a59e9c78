import { academieDemo } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET } from './api.fixture.js';
import { signToken } from './auth.js';
import { type Started, startSeeded } from './server.fixture.js';

// The committee's tables over HTTP, with the API's sign-in: every row, as files for Excel.
let server: Started;
beforeAll(async () => {
  server = await startSeeded(SECRET);
});
afterAll(() => server.stop());

const get = async (path: string, role?: Parameters<typeof signToken>[1]['role'], uais?: string[]) =>
  fetch(`${server.base}${path}`, {
    headers: role ? { authorization: `Bearer ${await signToken(SECRET, { role, uais })}` } : {},
  });

describe('exports over HTTP', () => {
  it('give a table as CSV for Excel in French, with the figures of the day asked', async () => {
    const res = await get('/exports/budgets.csv?asOf=2024-01-22', 'committee');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="opale-budgets-2024-01-22.csv"',
    );
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = bytes.toString('utf8');
    expect(text).toContain(';');
    expect(text).toMatch(/81,96/);
  });

  it("give the waves' calendars as of the day, with the columns of their import", async () => {
    const res = await get('/exports/milestones.csv?asOf=2024-01-22', 'drasi');
    expect(res.status).toBe(200);
    const lines = (await res.text()).split('\r\n');
    expect(lines[0]).toBe('Vague;Type;Libellé;Échéance;Réalisé le;Identifiant;État;Jours de retard');
    expect(lines.filter((l) => l.includes(';en retard;'))).toEqual([
      'V7;Autre;Retour des fiches de recensement des personnels à former;12/01/2024;;V7-4;en retard;10',
    ]);
  });

  it('give every table of the report as a workbook', async () => {
    const res = await get('/exports/report.xlsx?asOf=2024-01-22', 'si2c');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('give the trainers as the file their import reads, to the roles that read their names', async () => {
    const res = await get('/exports/trainers.csv', 'committee');
    expect(res.status).toBe(200);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe("Identifiant;Nom;Vague d'origine;Parcours;Indisponibilités");
    expect(lines).toHaveLength(1 + academieDemo.training.trainers.length);
    expect(lines[1]).toBe('F01;Formateur 01;V1;AC, AC-AG, SC-FP, SG;');
    const xlsx = await get('/exports/trainers.xlsx', 'si2c');
    expect(xlsx.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/opale-trainers-/);
    expect((await get('/exports/trainers.csv', 'eple', [academieDemo.eple[0]?.uai as string])).status).toBe(
      403,
    );
  });

  it('give the alerts of the restitutions as of the day, as CSV or XLSX', async () => {
    const res = await get('/exports/restitutions.csv?asOf=2024-01-22', 'drasi');
    expect(res.status).toBe(200);
    const lines = (await res.text()).split('\r\n');
    expect(lines[0]).toBe('UAI;Établissement;Vague;Restitution;Gravité;Message;Relevée le;Levée le;État');
    expect(lines.filter((l) => l.endsWith(';Active'))).toHaveLength(
      academieDemo.restitutions.filter(
        (a) => a.on <= '2024-01-22' && (a.clearedOn === undefined || a.clearedOn > '2024-01-22'),
      ).length,
    );
    const xlsx = await get('/exports/restitutions.xlsx?asOf=2024-01-22', 'admin');
    expect(xlsx.headers.get('content-disposition')).toContain('opale-restitutions-2024-01-22.xlsx');
    expect(
      (await get('/exports/restitutions.csv', 'eple', [academieDemo.restitutions[0]?.uai as string])).status,
    ).toBe(403);
  });

  it('ask who you are, refuse school users the académie’s tables, and name what is wrong', async () => {
    const school = academieDemo.eple[0]?.uai as string;
    expect((await get('/exports/waves.csv')).status).toBe(401);
    // The budgets name the EPLE still pending, which the GraphQL API shows a school user only for its own.
    expect((await get('/exports/budgets.csv', 'eple', [school])).status).toBe(403);
    expect((await get('/exports/report.csv', 'eple', [school])).status).toBe(403);
    // A wave's counts, kit and calendar: the GraphQL `waves` field gives them to every signed-in role.
    expect((await get('/exports/waves.csv', 'eple', [school])).status).toBe(200);
    expect((await get('/exports/milestones.csv?wave=V6', 'eple', [school])).status).toBe(200);
    const bad = await get('/exports/waves.csv?asOf=22/01/2024', 'committee');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/^asOf: expected a day written YYYY-MM-DD/);
    expect((await get('/exports/secrets.csv', 'admin')).status).toBe(404);
    // Names with a hyphen are paths too.
    expect((await get('/exports/difficulty-rule.csv?asOf=2024-01-22', 'committee')).status).toBe(200);
    expect((await get('/exports/difficulty-settings.xlsx', 'committee')).status).toBe(200);
    expect((await get('/exports/waves.pdf', 'admin')).status).toBe(404);
  });

  it('give the support resources to every signed-in role, in the columns their import reads', async () => {
    const res = await get('/exports/resources.csv', 'eple', [academieDemo.eple[0]?.uai as string]);
    expect(res.status).toBe(200);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('id;titre;type;description;url;mail;prefixe_itop;public;ordre;actif_du;retire_le');
    expect(
      lines
        .slice(1)
        .map((l) => l.split(';')[0])
        .sort(),
    ).toEqual(academieDemo.resources.map((x) => x.id).sort());
    expect(lines.find((l) => l.startsWith('expert-budgetaire;'))).toContain(';si2c-opale@ac-lille.fr;SI2C;');
    const xlsx = await get('/exports/resources.xlsx', 'committee');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect((await get('/exports/resources.csv')).status).toBe(401);
  });

  it('give the plan’s dated changes to the roles that read the report, in the columns their import reads', async () => {
    const res = await get('/exports/wave-changes.csv', 'committee');
    expect(res.status).toBe(200);
    const header = (await res.text()).replace(/^\uFEFF/, '').split('\r\n')[0];
    expect(header).toBe('uai;vague;de;vers;decide_le;enregistre_par;enregistre_le');
    expect(
      (await get('/exports/wave-changes.csv', 'eple', [academieDemo.eple[0]?.uai as string])).status,
    ).toBe(403);
  });
});
