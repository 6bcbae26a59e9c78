import type { Ticket, TicketEvent } from '@opale/domain';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseItopCsv } from './itop-csv.js';
import { csvTable, fixtureText as fixture } from './table.fixture.js';

const itop = async (text: string) => parseItopCsv(await csvTable(text));

function ticket(
  ref: string,
  title: string,
  openedOn: string,
  team: 'SI2C' | 'DRASI',
  uai: string,
  caller: [string, string],
  history: TicketEvent[] = [],
): Ticket {
  const requester = { firstName: caller[0], lastName: caller[1] };
  return { ref, channel: 'itop', service: 'op@le', title, openedOn, uai, team, requester, history };
}

const lea: [string, string] = ['Léa', 'Fictif'];
const marc: [string, string] = ['Marc', 'Exemple'];
const jeanne: [string, string] = ['Jeanne', 'de la Tour'];
const paul: [string, string] = ['Paul', 'Modèle'];
const nina: [string, string] = ['Nina', 'Essai'];
const resolved = (on: string): TicketEvent => ({ kind: 'resolved', on });

const EXPECTED: Ticket[] = [
  ticket(
    'R-000101',
    'SI2C - Budget rectificatif impossible à valider',
    '2023-09-04',
    'SI2C',
    '0801234G',
    lea,
    [resolved('2023-09-08')],
  ),
  ticket('R-000102', 'DRASI - Connexion impossible au bac à sable', '2023-09-11', 'DRASI', '0800010B', marc, [
    resolved('2023-09-12'),
  ]),
  ticket('R-000103', 'DRASI - Imputation des droits constatés', '2023-10-02', 'DRASI', '0021234F', jeanne, [
    { kind: 'requalified', on: '2023-10-03', to: 'SI2C' },
  ]),
  ticket('R-000104', 'SI2C - Certificat de connexion expiré', '2023-10-09', 'SI2C', '0801234G', paul, [
    { kind: 'requalified', on: '2023-10-10', to: 'DRASI' },
    resolved('2023-10-13'),
  ]),
  ticket(
    'R-000105',
    "SI2C - Anomalie sur l'édition du compte financier",
    '2023-11-06',
    'SI2C',
    '0600056K',
    lea,
    [{ kind: 'escalated', on: '2023-11-08', to: 'c2s-montpellier' }],
  ),
  ticket(
    'R-000106',
    'SI2C - Paramétrage des droits de la sphère ordonnateur',
    '2023-11-13',
    'SI2C',
    '0021234F',
    marc,
    [{ kind: 'escalated', on: '2023-11-14', to: 'daf' }, resolved('2023-12-01')],
  ),
  ticket(
    'R-000107',
    'DRASI - Flux bancaires non reçus depuis la bascule',
    '2023-11-20',
    'DRASI',
    '0801700N',
    nina,
    [{ kind: 'escalated', on: '2023-11-21', to: 'guerande' }],
  ),
  ticket(
    'R-000108',
    "DRASI - Erreur technique à l'export des pièces",
    '2023-11-27',
    'DRASI',
    '0801234G',
    paul,
    [{ kind: 'escalated', on: '2023-11-29', to: 'integrator' }],
  ),
  ticket('R-000109', 'SI2C - Rapprochement bancaire en écart', '2023-11-28', 'SI2C', '0800010B', jeanne, [
    resolved('2023-12-05'),
    { kind: 'reopened', on: '2023-12-11' },
  ]),
  ticket(
    'R-000110',
    'DRASI - Impression des bordereaux impossible',
    '2023-12-04',
    'DRASI',
    '0021234F',
    nina,
    [resolved('2024-01-08'), { kind: 'reopened', on: '2024-01-10' }],
  ),
  ticket(
    'R-000111',
    "DRASI - Lenteurs à l'ouverture des restitutions",
    '2023-12-11',
    'DRASI',
    '0600056K',
    lea,
  ),
  ticket('R-000112', "Impossible d'imprimer les mandats", '2023-12-18', 'DRASI', '0801700N', marc),
  ticket('R-000113', 'Question sur le compte 4111', '2024-01-03', 'SI2C', '0600056K', paul, [
    resolved('2024-01-05'),
  ]),
  ticket('R-000114', "SI2C - Question sur la clôture de l'exercice", '2024-01-08', 'SI2C', '0801234G', nina),
  ticket(
    'R-000115',
    "SI2C - Balance d'entrée erronée après la bascule",
    '2024-01-09',
    'SI2C',
    '0021234F',
    jeanne,
    [{ kind: 'escalated', on: '2024-01-09', to: 'c2s-montpellier' }],
  ),
  ticket('R-000116', 'DRASI - Accès refusé au module recettes', '2024-01-10', 'DRASI', '0800010B', lea),
  ticket(
    'R-000117',
    "SI2C - Demande de création d'un compte utilisateur",
    '2024-01-11',
    'SI2C',
    '0801700N',
    marc,
    [resolved('2024-01-15')],
  ),
  ticket('R-000118', 'SI2C - Écart sur la reprise des soldes', '2024-01-15', 'SI2C', '0600056K', paul),
];

// The same export as a French user gets it: labels for headers and statuses, `;`, French dates.
const FRENCH_HEADERS = [
  'Référence',
  'Titre',
  'Statut',
  'Date de début',
  "Date d'assignation",
  'Date de résolution',
  'Date de fermeture',
  'Dernière mise à jour',
  'Equipe->Nom complet',
  'Demandeur->Nom complet',
  'Client->Nom complet',
  'Nom du service',
  'Description',
  'Ticket à surveiller',
  'Raison de surveillance',
];
const FRENCH_STATUS: Record<string, string> = {
  new: 'Nouveau',
  assigned: 'Assignée',
  pending: 'En attente',
  escalated_tto: 'Escalade tto',
  escalated_ttr: 'Escalade ttr',
  resolved: 'Résolue',
  closed: 'Fermée',
  rejected: 'Rejetée',
  reopened: 'Réouverte',
};

function frenchExport(text: string): string {
  const [, ...rows] = parse(text) as string[][];
  const frenchDate = (v: string): string => v.replace(/^(\d{4})-(\d{2})-(\d{2})/, '$3/$2/$1');
  const quote = (v: string): string => `"${v.replace(/"/g, '""')}"`;
  const lines = rows.map((cells, i) => {
    const french = cells.map((cell, c) =>
      c === 2
        ? (FRENCH_STATUS[cell] ?? cell)
        : c >= 3 && c <= 7
          ? frenchDate(cell)
          : c === 13
            ? cell.replace('yes', 'Oui').replace('no', 'Non')
            : cell,
    );
    // An id column and an unknown one, as a full export has: the friendly name must win.
    return [...french, String(100 + i), '3'].map(quote).join(';');
  });
  return `\uFEFF${[...FRENCH_HEADERS, 'Equipe', 'Priorité'].map(quote).join(';')}\r\n${lines.join('\r\n')}\r\n`;
}

describe('parseItopCsv', () => {
  it('maps the fixture export to the expected tickets', async () => {
    const parsed = await itop(fixture('itop-userrequest.csv'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toBe(18);
    expect(parsed.records).toEqual(EXPECTED);
    // R-000108's description spans two lines.
    expect(parsed.lines).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
  });

  it('gives the same tickets from a French export with labels, `;` and French dates', async () => {
    const parsed = await itop(frenchExport(fixture('itop-userrequest.csv')));
    expect(parsed.errors).toEqual([]);
    expect(parsed.records).toEqual(EXPECTED);
  });

  it('reports every bad row with its line and column, and keeps the good ones', async () => {
    const parsed = await itop(fixture('itop-userrequest-bad.csv'));
    expect(parsed.rows).toBe(10);
    expect(parsed.records.map((t) => t.ref)).toEqual(['R-000210']);
    expect(parsed.errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'start_date'],
      [3, 'status'],
      [4, 'title'],
      [5, 'team_id_friendlyname'],
      [6, 'org_id_friendlyname'],
      [7, 'resolution_date'],
      [8, 'resolution_date'],
      [9, 'ref'],
      [10, 'ref'],
      [10, 'escalation_flag'],
    ]);
    const reasons = parsed.errors.map((e) => e.reason);
    expect(reasons[0]).toContain('"19 janvier 2024"');
    expect(reasons[4]).toContain('expected 0801234G');
    expect(reasons[6]).toBe('expected a date on or after start_date (2024-01-10), got 2024-01-02');
    expect(reasons[7]).toContain('R-000201 again (first at line 2)');
  });

  it('names the column as the file writes it', async () => {
    const text = 'Référence;Titre;Statut;Date de début\nR-1;SI2C - Test du module;assignée;hier\n';
    expect((await itop(text)).errors).toEqual([
      {
        line: 2,
        field: 'Date de début',
        reason: 'expected an iTop date-time written YYYY-MM-DD HH:MM:SS (or DD/MM/YYYY HH:MM:SS), got "hier"',
      },
    ]);
  });

  it('reports a missing required column on line 1', async () => {
    const parsed = await itop('ref,title,status\nR-1,SI2C - Test du module,new\n');
    expect(parsed.records).toEqual([]);
    expect(parsed.errors).toEqual([
      {
        line: 1,
        field: 'start_date',
        reason: 'missing column: expected a column "start_date" or "Date de début" or "Date d\'ouverture"',
      },
    ]);
  });
});
