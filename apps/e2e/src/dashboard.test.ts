import { expect, it } from 'vitest';
import { keepScreenshot } from './support/artifacts.js';
import { describeInBrowser } from './support/browser-test.js';
import { signInAs } from './support/sign-in.js';
import { tableRows, textOf } from './support/text.js';

// The committee's figures of 22/01/2024 (DOMAIN.md), as the dashboard must show them.
const KIT_V6 = [
  ['plus de 30 % des actions finalisées', '15'],
  ['de 10 à 30 % des actions finalisées', '30'],
  ['moins de 10 % des actions finalisées', '16'],
];
const TICKETS = [
  ['Tous statuts', '324', '48', '65', '211'],
  ['Demandes résolues', '264', '36', '62', '166'],
  ['Demandes en cours', '60', '12', '3', '45'],
  ['Demandes en cours de plus de 15 j', '28', '2', '0', '26'],
];

describeInBrowser('the dashboard as of 22/01/2024, for a committee member', (browser) => {
  it('shows the budget rate, the kit buckets and the ticket table of the slides', async () => {
    const page = await browser.newPage();
    await signInAs(page, '/?date=2024-01-22', 'committee');

    await page.getByRole('heading', { level: 1, name: 'Tableau de bord au lundi 22 janvier 2024' }).waitFor();
    const budget = page.getByRole('region', { name: 'Budgets exécutoires 2024 — V6' });
    expect(await textOf(budget)).toContain('Taux de budgets exécutoires : 81,96 %');
    expect(await textOf(budget)).toContain(
      '50 budgets intégrés sur 61 soit 81,96 % de budgets exécutoires dans op@le',
    );

    const kit = page.getByRole('region', { name: 'Kit de bascule V6' });
    expect(
      await tableRows(
        kit.getByRole('table', { name: 'Kit de bascule V6 : EPLE par part des actions finalisées' }),
      ),
    ).toEqual(KIT_V6);
    // The chart says the same to assistive technologies.
    const chart = await kit.getByRole('img').getAttribute('aria-label');
    for (const [bucket, count] of KIT_V6)
      expect(chart?.replace(/\u202f/g, ' ')).toContain(`${bucket} : ${count} EPLE`);

    const assistance = page.getByRole('region', { name: 'L’assistance op@le' });
    const table = assistance.getByRole('table', {
      name: /^Demandes d’assistance sur ITOP depuis la rentrée 2023/,
    });
    expect(await tableRows(table)).toEqual(TICKETS);

    await keepScreenshot(page, 'dashboard-committee');
  });
});
