import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { artifactsDir, keepScreenshot, shown } from './support/artifacts.js';
import { describeInBrowser } from './support/browser-test.js';
import { signInAs } from './support/sign-in.js';
import { tableRows, textOf } from './support/text.js';

// Every figure of the committee's slides of 22/01/2024 (the seed document, DOMAIN.md), as the
// report must show them.

const table = (page: Page, name: string | RegExp) => page.getByRole('table', { name });
const column = (rows: string[][], index: number) => rows.map((row) => row[index]);

describeInBrowser('the committee’s report as of 22/01/2024', (browser) => {
  it('shows every figure of the slides', async () => {
    const page = await browser.newPage();
    await signInAs(page, '/rapport?date=2024-01-22', 'committee');
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Comité de suivi relatif au déploiement du logiciel op@le au lundi 22 janvier 2024',
      })
      .waitFor();
    const report = page.getByRole('article');

    // Rappel des vagues: each wave's month and planned EPLE; V9 has none given.
    const waves = await tableRows(table(page, 'Vagues de déploiement : EPLE prévus et rattachés'));
    expect(column(waves, 0)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `Vague ${n}`));
    expect(column(waves, 1)).toEqual([
      'janv. 2021',
      'janv. 2022',
      'sept. 2022',
      'janv. 2023',
      'sept. 2023',
      'janv. 2024',
      'sept. 2024',
      'janv. 2025',
      'sept. 2025',
    ]);
    expect(column(waves, 2)).toEqual(['1', '6', '0', '9', '5', '61', '28', '144', 'non communiqué']);
    // V5: 5 planned, 6 attached (Lycée du Vimeu added), shown and not hidden.
    expect(waves[4]?.[3]).toBe('6 (écart)');
    expect(await textOf(report)).toContain('Fin du déploiement d’op@le : 01/09/2025');

    // Point sur la vague 5: each establishment and its agence comptable.
    expect(await tableRows(table(page, 'Établissements de la vague V5 et leur agence comptable'))).toEqual([
      ['Collège A. Jacques – Ailly-le-Haut-Clocher', 'LGT Boucher de Perthes – Abbeville'],
      ['Collège A. Manessier – Flixecourt', 'LP La Hotoie – Amiens'],
      ['Collège H. Matisse – Bohain-en-Vermandois', 'LP C. Noël – Saint-Quentin'],
      ['Collège J. Mermoz – Belleu', 'LP Le Corbusier – Soissons'],
      ['Collège P. de la Ramée – Saint-Quentin', 'LGT P. de la Ramée – Saint-Quentin'],
      ['Lycée du Vimeu – Friville-Escarbotin', 'Lycée du Vimeu – Friville-Escarbotin (siège)'],
    ]);

    // Point sur la vague 6: its milestones, the budgets exécutoires and the kit de bascule.
    const v6 = page.getByRole('region', { name: 'Point sur la vague 6 (01/01/2024)' });
    const v6Milestones = await tableRows(v6.getByRole('table', { name: 'Jalons de la vague V6' }));
    expect(v6Milestones.map((row) => row.slice(0, 3))).toEqual([
      ['Information des EPLE de leur intégration dans la vague (mail)', '02/06/2023', '02/06/2023'],
      ['Création des EPLE dans op@le par le ministère', '06/10/2023', '06/10/2023'],
      ['Communication de la création relayée aux EPLE', '11/10/2023', '11/10/2023'],
      ['Premier module de formation (webinaire inter-académique)', '09/11/2023', '09/11/2023'],
      ['Bascule de GFC vers op@le', '01/01/2024', '01/01/2024'],
    ]);
    const budget = await textOf(v6.getByRole('region', { name: 'Budgets exécutoires 2024 — V6' }));
    expect(budget).toContain('Taux de budgets exécutoires : 81,96 %');
    expect(budget).toContain('50 budgets intégrés sur 61 soit 81,96 % de budgets exécutoires dans op@le');
    expect(
      await tableRows(
        v6.getByRole('table', { name: 'Kit de bascule V6 : EPLE par part des actions finalisées' }),
      ),
    ).toEqual([
      ['plus de 30 % des actions finalisées', '15'],
      ['de 10 à 30 % des actions finalisées', '30'],
      ['moins de 10 % des actions finalisées', '16'],
    ]);
    // The EPLE in difficulty, each with its reasons.
    const difficulty = await tableRows(
      v6.getByRole('table', { name: 'EPLE de la vague V6 en difficulté et leurs raisons' }),
    );
    expect(difficulty.length).toBeGreaterThan(0);
    for (const row of difficulty) expect(row[3]).toMatch(/\S/);

    // Préparation de la vague 7: budget under GFC in op@le format, circulaire of 20/10, reminders of
    // 07/11/2023, schools informed early June, created in June 2024.
    const v7 = page.getByRole('region', { name: 'Préparation de la vague 7 (01/09/2024)' });
    expect(await textOf(v7)).toContain('Les budgets doivent être préparés sous GFC mais en format op@le.');
    const v7Milestones = await tableRows(v7.getByRole('table', { name: 'Jalons de la vague V7' }));
    const v7Due = Object.fromEntries(v7Milestones.map((row) => [row[0], row[1]]));
    expect(v7Due).toMatchObject({
      'Information des EPLE de leur intégration dans la vague (mail)': '02/06/2023',
      'Circulaire budgétaire : budget préparé sous GFC au format op@le': '20/10/2023',
      'Rappels liés à un déploiement en septembre (mail)': '07/11/2023',
      'Création des EPLE dans op@le par le ministère': expect.stringMatching(/^\d\d\/06\/2024$/),
      'Bascule de GFC vers op@le': '01/09/2024',
    });

    // La formation des utilisateurs: the five tracks of V6, their groups, days and hours; 10 groups,
    // 10 pairs, 20 trainers; about 200 staff in groups, about 20 a group.
    const training = await tableRows(table(page, 'Parcours de formation de la vague V6'));
    expect(training.map((row) => [row[0], row[2], row[5], row[6]])).toEqual([
      ['Agent comptable (AC)', '1', '4 j', '12 h'],
      ['Agent comptable et adjoint gestionnaire (AC-AG)', '3', '3 j', '12 h'],
      ['Service comptable et fondé de pouvoir (SC-FP)', '2', '4 j', '9 h'],
      ['Service gestion (SG)', '4', '3 j', '9 h'],
      ['Ordonnateurs (ORD)', 'sans groupe', '0,5 j', '—'],
      ['Total', expect.any(String), '', ''],
    ]);
    expect(training.at(-1)?.slice(2, 5)).toEqual(['10', '10', '20']);
    const grouped = training.slice(0, 4).reduce((sum, row) => sum + Number(row[1]), 0);
    expect(grouped).toBeGreaterThanOrEqual(180);
    expect(grouped).toBeLessThanOrEqual(220);
    expect(Math.round(grouped / 10)).toBe(20);

    // L'assistance op@le: the ticket table of the slide.
    const assistance = page.getByRole('region', { name: 'L’assistance op@le' });
    expect(
      await tableRows(
        assistance.getByRole('table', { name: /^Demandes d’assistance sur ITOP depuis la rentrée 2023/ }),
      ),
    ).toEqual([
      ['Tous statuts', '324', '48', '65', '211'],
      ['Demandes résolues', '264', '36', '62', '166'],
      ['Demandes en cours', '60', '12', '3', '45'],
      ['Demandes en cours de plus de 15 j', '28', '2', '0', '26'],
    ]);

    // Les outils d'accompagnement: which Sunday the sandbox and FM1 data date from.
    const tools = await textOf(page.getByRole('region', { name: 'Les outils d’accompagnement' }));
    expect(tools).toContain('Bac à sable : données du dimanche 21 janvier 2024');
    expect(tools).toContain('FM1 (formation) : données du dimanche 21 janvier 2024');

    await keepScreenshot(page, 'report-2024-01-22');
  });

  it('prints cleanly, and hands each table over as a CSV or XLSX file', async () => {
    const page = await browser.newPage();
    await signInAs(page, '/rapport?date=2024-01-22', 'committee');
    const print = page.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' });
    const menu = page.getByRole('navigation', { name: 'Menu principal' });
    const dateField = page.getByRole('textbox', { name: /^Données au/ });
    expect([await print.isVisible(), await menu.isVisible(), await dateField.isVisible()]).toEqual([
      true,
      true,
      true,
    ]);

    // On paper: the figures without the navigation, the date field or the buttons.
    await page.emulateMedia({ media: 'print' });
    expect([await print.isVisible(), await menu.isVisible(), await dateField.isVisible()]).toEqual([
      false,
      false,
      false,
    ]);
    expect(await page.getByRole('table', { name: /^Demandes d’assistance sur ITOP/ }).isVisible()).toBe(true);
    const pdf = join(artifactsDir(), 'report-2024-01-22.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    console.log(`printed: ${shown(pdf)}`);
    await page.emulateMedia({ media: 'screen' });

    // A CSV and an XLSX file beside every table of the report, built by the server: every row.
    const report = page.getByRole('article');
    const tables = await report.getByRole('table').count();
    expect(await report.getByRole('button', { name: 'Télécharger (CSV)' }).count()).toBe(tables);
    expect(await report.getByRole('button', { name: 'Télécharger (Excel (XLSX))' }).count()).toBe(tables);
    expect(await report.getByRole('button', { name: /lignes affichées/ }).count()).toBe(0);
    const download = page.waitForEvent('download');
    await page
      .getByRole('region', { name: 'L’assistance op@le' })
      .getByRole('button', { name: /Télécharger \(CSV\)/ })
      .click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('demandes-assistance-2024-01-22.csv');
    const csv = readFileSync(await file.path(), 'utf8');
    expect(csv).toMatch(/Tous statuts.324.48.65.211/);
  });
});
