import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { keepScreenshot } from './support/artifacts.js';
import { describeInBrowser } from './support/browser-test.js';
import { settle } from './support/settle.js';
import { choose, signInAs } from './support/sign-in.js';
import { norm, tableRows, textOf } from './support/text.js';

// A school user of Collège A. Jacques (V5); Collège A. Manessier (V5) is another school, with
// tickets of its own in the demo records.
const MINE = { uai: '0801666B', name: 'Collège A. Jacques' };
const OTHER = { uai: '0801777X', name: 'Collège A. Manessier' };

const missingRequired = (page: Page) => page.getByRole('list', { name: 'Éléments obligatoires manquants' });
const missingRecommended = (page: Page) => page.getByRole('list', { name: 'Éléments conseillés manquants' });
const items = async (list: ReturnType<typeof missingRequired>) =>
  (await list.count()) === 0 ? [] : (await list.getByRole('listitem').allInnerTexts()).map(norm);

const ticketList = (page: Page) => page.getByRole('table', { name: /^Tickets \(/ });

describeInBrowser('a school user and the tickets', (browser) => {
  it('writes a ticket with the assistant, opens it, and finds it in the list', async () => {
    const page = await browser.newPage();
    await signInAs(page, '/?date=2024-01-22', 'eple', MINE.uai);
    await page.getByRole('link', { name: 'Nouveau ticket' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouveau ticket d’assistance' }).waitFor();
    // One school: it is chosen already.
    const school = page.getByRole('combobox', { name: 'Établissement concerné' });
    await expect.poll(() => school.inputValue()).toBe(MINE.uai);

    // The list of what is still missing shrinks as the fields are filled.
    const counts: number[] = [(await items(missingRequired(page))).length];
    const step = async (fill: () => Promise<void>, gone: RegExp) => {
      await fill();
      expect(await items(missingRequired(page))).not.toContainEqual(expect.stringMatching(gone));
      counts.push((await items(missingRequired(page))).length);
    };
    expect(await items(missingRequired(page))).toContainEqual(
      expect.stringMatching(/^Commencez le titre par SI2C/),
    );
    const stamp = Date.now().toString(36);
    await step(() => choose(page.getByRole('radio', { name: 'DRASI' })), /^Commencez le titre/);
    await step(
      () =>
        page
          .getByRole('textbox', { name: /^Titre précis/ })
          .fill(`Connexion impossible au bac à sable ${stamp}`),
      /titre précis/,
    );
    // The assistant reads the title and hints which team fits.
    expect(await textOf(page.getByRole('group', { name: /^Service destinataire/ }))).toContain(
      'Indice : votre description parle de « Connexion », plutôt DRASI.',
    );
    await step(() => page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Martin'), /le nom/);
    await step(() => page.getByRole('textbox', { name: 'Prénom' }).fill('Claire'), /le prénom/);
    await step(() => page.getByRole('textbox', { name: /^Fonction/ }).fill('gestionnaire'), /la fonction/);
    await step(() => choose(page.getByRole('radio', { name: 'Bac à sable' })), /l'environnement/);
    await step(() => choose(page.getByRole('radio', { name: 'Gestionnaire' })), /la sphère/);
    await step(
      () =>
        page
          .getByRole('textbox', { name: /^Opérations effectuées/ })
          .fill('Connexion depuis le portail, puis clé OTP'),
      /opérations/,
    );
    expect(counts[0]).toBe(8);
    expect(counts.at(-1)).toBe(0);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeLessThan(counts[i - 1] as number);
    await page.getByRole('heading', { name: 'Votre ticket est complet' }).waitFor();

    // What is advised shrinks too.
    expect(await items(missingRecommended(page))).toHaveLength(2);
    await page
      .getByRole('textbox', { name: /^Captures d’écran/ })
      .fill('capture-acces-refuse.png\ncapture-otp.png');
    expect(await items(missingRecommended(page))).toHaveLength(1);
    await page.getByRole('textbox', { name: /^Message d’erreur/ }).fill('Accès refusé (403)');
    expect(await items(missingRecommended(page))).toHaveLength(0);
    await keepScreenshot(page, 'new-ticket-complete');

    await page.getByRole('button', { name: 'Ouvrir le ticket' }).click();
    const opened = page.getByRole('heading', { name: /^Ticket \S+ ouvert$/ });
    await opened.waitFor();
    const ref = /^Ticket (\S+) ouvert$/.exec(await textOf(opened))?.[1] ?? '';
    await keepScreenshot(page, 'new-ticket-opened');

    // The school's tickets, as of today: the new one is there, complete, with DRASI.
    await page.getByRole('link', { name: 'Voir les tickets de l’établissement' }).click();
    await page.getByRole('heading', { level: 1, name: /^Tickets d’assistance au / }).waitFor();
    await settle(page);
    const row = (await tableRows(ticketList(page))).find((r) => r[0] === ref);
    expect(row?.slice(0, 3)).toEqual([ref, `DRASI - Connexion impossible au bac à sable ${stamp}`, MINE.uai]);
    // (The badge is written in capitals.)
    expect(row?.slice(5).map((cell) => cell.toLowerCase())).toEqual(['en cours', '0 jour', 'complet']);

    // And in the Tickets page of the menu, unfiltered.
    await page.getByRole('link', { name: 'Tickets', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/tickets' && !url.searchParams.has('uai'));
    await settle(page);
    expect((await tableRows(ticketList(page))).map((r) => r[0])).toContain(ref);
    await keepScreenshot(page, 'tickets-school-user');

    // Its page, from the list: what it holds, the screenshots by name, its opening in the history.
    await page.getByRole('link', { name: `Ouvrir le ticket ${ref}` }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Ticket ${ref} : DRASI`) }).waitFor();
    const shots = page.getByRole('list', { name: 'Captures d’écran jointes' }).getByRole('listitem');
    expect(await shots.allTextContents()).toEqual(['capture-acces-refuse.png', 'capture-otp.png']);
    expect(await page.getByRole('list', { name: 'Historique du ticket' }).textContent()).toMatch(
      /Ouvert, orienté vers DRASI/,
    );
    // A school user reads it but has no action on it.
    expect(await page.getByRole('form', { name: `Traiter le ticket ${ref}` }).count()).toBe(0);
    await keepScreenshot(page, 'ticket-page-school-user');
  });

  it('finds the school still chosen for a second ticket', async () => {
    const page = await browser.newPage();
    await signInAs(page, '/tickets/nouveau?date=2024-01-22', 'eple', MINE.uai);
    const school = page.getByRole('combobox', { name: 'Établissement concerné' });
    await expect.poll(() => school.inputValue()).toBe(MINE.uai);
    await choose(page.getByRole('radio', { name: 'SI2C' }));
    await page
      .getByRole('textbox', { name: /^Titre précis/ })
      .fill('Balance d’entrée non reprise après la bascule');
    await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Durand');
    await page.getByRole('textbox', { name: 'Prénom' }).fill('Luc');
    await page.getByRole('textbox', { name: /^Fonction/ }).fill('agent comptable');
    await choose(page.getByRole('radio', { name: 'Production' }));
    await choose(page.getByRole('radio', { name: 'Agent comptable' }));
    await page
      .getByRole('textbox', { name: /^Opérations effectuées/ })
      .fill('Reprise de la balance du compte financier');
    await page.getByRole('button', { name: 'Ouvrir le ticket' }).click();
    await page.getByRole('heading', { name: /^Ticket \S+ ouvert$/ }).waitFor();
    await settle(page);

    // The form is emptied for the next ticket; a user with one school has still nothing to choose.
    expect(await school.inputValue()).toBe(MINE.uai);
    expect(await items(missingRequired(page))).not.toContainEqual(
      expect.stringMatching(/l'établissement concerné/),
    );
  });

  it('sees no other school’s tickets, in the list or at its page', async () => {
    // The other school has tickets, which the committee sees.
    const committee = await browser.newPage();
    await signInAs(committee, `/etablissements/${OTHER.uai}?date=2024-01-22`, 'committee');
    const theirs = (await tableRows(committee.getByRole('table', { name: `Tickets de ${OTHER.name}` }))).map(
      (r) => r[0],
    );
    expect(theirs.length).toBeGreaterThan(0);

    const page = await browser.newPage();
    await signInAs(page, '/tickets?date=2024-01-22', 'eple', MINE.uai);
    const rows = await tableRows(ticketList(page));
    expect(rows.length).toBeGreaterThan(0);
    expect([...new Set(rows.map((r) => r[2]))]).toEqual([MINE.uai]);
    expect(rows.map((r) => r[0]).filter((ref) => theirs.includes(ref ?? ''))).toEqual([]);

    // Asking for the other school's tickets gives none.
    await page.goto(`/tickets?date=2024-01-22&uai=${OTHER.uai}`);
    await page.getByRole('table', { name: 'Tickets (0 ticket sur cette page)' }).waitFor();
    expect(await tableRows(ticketList(page))).toEqual([
      ['Aucun ticket ne correspond à ces filtres à cette date.'],
    ]);

    // Its page says nothing of it.
    await page.goto(`/etablissements/${OTHER.uai}?date=2024-01-22`);
    await page.getByRole('heading', { level: 1, name: `Établissement ${OTHER.uai}` }).waitFor();
    const main = await textOf(page.getByRole('main').last());
    expect(main).toContain('Cet établissement est inconnu, ou votre rôle ne permet pas de le consulter.');
    expect(main).not.toContain(OTHER.name);
    for (const ref of theirs) expect(main).not.toContain(ref);
    await keepScreenshot(page, 'school-user-other-school');

    // And the page of one of its tickets, by its address, neither.
    const ref = theirs[0] ?? '';
    await page.goto(`/tickets/${encodeURIComponent(ref)}?date=2024-01-22`);
    await page.getByRole('heading', { level: 1, name: `Ticket ${ref}` }).waitFor();
    expect(await textOf(page.getByRole('main').last())).toContain(
      'Ce ticket est inconnu, ou votre rôle ne permet pas de le consulter.',
    );
    await settle(page);
  });
});
