import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { keepScreenshot } from './support/artifacts.js';
import { describeInBrowser } from './support/browser-test.js';
import { settle } from './support/settle.js';
import { type Role, signInAs } from './support/sign-in.js';

// Every page of the client, for the roles that use it, as of 22/01/2024: each shows its content
// (not a loading line or an error), with no console error or failed request, and is pictured.

interface Visit {
  readonly name: string;
  readonly path: string;
  /** What shows that the page has its data: a title and one of its tables. */
  readonly shows: (page: Page) => Locator[];
}

const AS_OF = 'au lundi 22 janvier 2024';
const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const table = (page: Page, name: string | RegExp) => page.getByRole('table', { name });

const TRAINING: Visit = {
  name: 'training',
  path: '/formation',
  shows: (p) => [
    h1(p, `Formation des utilisateurs ${AS_OF}`),
    table(p, 'Parcours de formation de la vague V6'),
    table(p, 'Formateurs volontaires, parcours animés et indisponibilités'),
  ],
};

const PAGES: Record<Role, Visit[]> = {
  admin: [
    {
      name: 'itop',
      path: '/admin/itop',
      shows: (p) => [h1(p, 'Échanges avec ITOP'), table(p, /^File d’envoi vers ITOP/)],
    },
  ],
  committee: [
    {
      name: 'dashboard',
      path: '/',
      shows: (p) => [
        h1(p, `Tableau de bord ${AS_OF}`),
        table(p, /^Demandes d’assistance sur ITOP/),
        table(p, /^Tickets requalifiés au 22\/01\/2024/),
      ],
    },
    {
      name: 'report',
      path: '/rapport',
      shows: (p) => [
        h1(p, `Comité de suivi relatif au déploiement du logiciel op@le ${AS_OF}`),
        table(p, 'Parcours de formation de la vague V6'),
      ],
    },
    {
      name: 'tickets',
      path: '/tickets',
      shows: (p) => [h1(p, `Tickets d’assistance ${AS_OF}`), table(p, 'Tickets (20 tickets sur cette page)')],
    },
    {
      name: 'new-ticket',
      path: '/tickets/nouveau',
      shows: (p) => [
        h1(p, 'Nouveau ticket d’assistance'),
        p.getByRole('form', { name: 'Rédaction du ticket' }),
      ],
    },
    {
      // A demo ticket first given to SI2C, then requalified to DRASI.
      name: 'ticket',
      path: '/tickets/R-045668',
      shows: (p) => [
        p.getByRole('heading', { level: 1, name: /^Ticket R-045668 : SI2C - / }),
        p.getByRole('list', { name: 'Historique du ticket' }),
      ],
    },
    {
      name: 'school',
      path: '/etablissements/0024419T',
      shows: (p) => [
        h1(p, 'Lycée professionnel du Laonnois — Château-Thierry'),
        table(p, 'Tickets de Lycée professionnel du Laonnois'),
      ],
    },
    {
      name: 'schools',
      path: '/etablissements',
      shows: (p) => [h1(p, `Établissements ${AS_OF}`), table(p, 'Établissements (20 EPLE sur cette page)')],
    },
    {
      name: 'wave',
      path: '/vagues/V6',
      shows: (p) => [h1(p, `Vague V6 ${AS_OF}`), table(p, 'EPLE de la vague V6')],
    },
    TRAINING,
    {
      name: 'forecast',
      path: '/prevision',
      shows: (p) => [
        h1(p, `Prévision de la charge d’assistance ${AS_OF}`),
        table(p, 'Tickets attendus par semaine pour V7, avec l’intervalle à 80 %'),
        table(p, 'Test rétrospectif par vague'),
      ],
    },
    {
      name: 're-planning',
      path: '/re-planification',
      shows: (p) => [
        h1(p, `Re-planification ${AS_OF}`),
        table(p, 'Le plan actuel et le scénario, vague par vague'),
      ],
    },
    {
      name: 'not-found',
      path: '/nulle-part',
      shows: (p) => [h1(p, 'Page introuvable'), p.getByRole('link', { name: 'Revenir au tableau de bord' })],
    },
  ],
  si2c: [
    {
      name: 'tickets',
      path: '/tickets',
      shows: (p) => [
        h1(p, `Tickets d’assistance ${AS_OF}`),
        p.getByRole('columnheader', { name: 'Actions' }),
      ],
    },
    TRAINING,
    {
      name: 'school-restitutions',
      path: '/etablissements/0605098R',
      shows: (p) => [
        h1(p, 'Collège des Hêtres — Saint-Just-en-Chaussée'),
        table(p, 'Alertes des restitutions op@le au 22/01/2024'),
        p.getByRole('row', { name: /Balance générale Critique/ }),
        p.getByRole('button', { name: 'Lever au 22/01/2024' }).first(),
        p.getByRole('form', { name: 'Enregistrer une alerte' }),
      ],
    },
    {
      name: 'difficulty-rule',
      path: '/difficulte/regle',
      shows: (p) => [h1(p, `Règle de difficulté ${AS_OF}`), table(p, /^EPLE signalés sans suivi/)],
    },
  ],
  eple: [
    {
      name: 'dashboard',
      path: '/',
      shows: (p) => [
        h1(p, `Tableau de bord ${AS_OF}`),
        table(p, 'Mes établissements : kit de bascule et budget'),
      ],
    },
    {
      name: 'tickets',
      path: '/tickets',
      shows: (p) => [h1(p, `Tickets d’assistance ${AS_OF}`), table(p, /^Tickets \(/)],
    },
    TRAINING,
    {
      name: 'wave',
      path: '/vagues/V5',
      shows: (p) => [h1(p, `Vague V5 ${AS_OF}`), table(p, 'EPLE de la vague V5')],
    },
    {
      name: 'school',
      path: '/etablissements/0801666B',
      shows: (p) => [
        h1(p, 'Collège A. Jacques — Ailly-le-Haut-Clocher'),
        table(p, 'Tickets de Collège A. Jacques'),
      ],
    },
  ],
};

const dated = (path: string) => `${path}?date=2024-01-22`;

// The menu offers a role only what it may read: the report is the académie's teams' and the
// committee's, not a school's.
// The committee reads and opens no ticket: it is not offered one.
const SCHOOL = ['Tableau de bord', 'Tickets', 'Nouveau ticket', 'Formation', 'Établissements', 'Ressources'];
const TEAMS = [
  'Tableau de bord',
  'Rapport du comité',
  'Tickets',
  'Nouveau ticket',
  'Formation',
  'Établissements',
  'Prévision',
  'Re-planification',
  'EPLE en difficulté',
  'Ressources',
];
const COMMITTEE = [
  'Tableau de bord',
  'Rapport du comité',
  'Tickets',
  'Formation',
  'Établissements',
  'Prévision',
  'Re-planification',
  'EPLE en difficulté',
  'Ressources',
];
const MENUS: Record<Role, string[]> = {
  admin: [...TEAMS, 'Échanges ITOP'],
  committee: COMMITTEE,
  si2c: TEAMS,
  eple: SCHOOL,
};

describeInBrowser('every page', (browser) => {
  it('shows the sign-in page', async () => {
    const page = await browser.newPage();
    await page.goto('/');
    await h1(page, 'Connexion à opale').waitFor();
    await page.getByRole('form', { name: 'Démonstration : choisir un rôle' }).waitFor();
    await settle(page);
    await keepScreenshot(page, 'sign-in');
  });

  for (const [role, visits] of Object.entries(PAGES) as [Role, Visit[]][]) {
    it(`shows each page of role ${role} with its data, and its menu`, async () => {
      const page = await browser.newPage();
      const [first, ...rest] = visits;
      if (!first) return;
      await signInAs(page, dated(first.path), role, role === 'eple' ? '0801666B' : undefined);
      const menu = page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link');
      expect((await menu.allInnerTexts()).map((t) => t.trim())).toEqual(MENUS[role]);
      for (const visit of [first, ...rest]) {
        if (visit !== first) await page.goto(dated(visit.path));
        for (const locator of visit.shows(page)) await locator.waitFor();
        await settle(page);
        await keepScreenshot(page, `${role}-${visit.name}`);
      }
    });
  }
});
