import { describe, expect, it } from 'vitest';
import {
  checkTicket,
  DEFAULT_MIN_TITLE_CHARS,
  DEFAULT_MIN_TITLE_WORDS,
  type TicketDraft,
  type TicketElement,
} from './ticket-check.js';
import { makeUai } from './uai.js';

const complete: TicketDraft = {
  channel: 'itop',
  service: 'op@le',
  title: 'SI2C - Mandat rejeté par le comptable',
  uai: makeUai('0801234'),
  requester: { lastName: 'Martin', firstName: 'Claire', function: 'gestionnaire' },
  environment: 'production',
  sphere: 'gestionnaire',
  operations: 'Saisie d’un mandat puis envoi au comptable',
  screenshots: 2,
  screenshotNames: ['capture-erreur-mandat.png', 'capture-piece-jointe.png'],
  errorMessage: 'Erreur 42 : pièce justificative absente',
};

function elements(draft: TicketDraft): TicketElement[] {
  return checkTicket(draft).missing.map((m) => m.element);
}

describe('checkTicket', () => {
  it('accepts a complete draft', () => {
    expect(checkTicket(complete)).toEqual({ wellFormed: true, missing: [], team: 'SI2C' });
  });

  it.each<[TicketElement, TicketDraft]>([
    ['service', { ...complete, service: undefined }],
    ['service', { ...complete, service: 'GFC' }],
    ['prefix', { ...complete, title: 'Mandat rejeté par le comptable' }],
    ['lastName', { ...complete, requester: { ...complete.requester, lastName: '  ' } }],
    ['firstName', { ...complete, requester: { ...complete.requester, firstName: undefined } }],
    ['function', { ...complete, requester: { lastName: 'Martin', firstName: 'Claire' } }],
    ['eple', { ...complete, uai: undefined }],
    ['eple', { ...complete, uai: '080123' }],
    ['environment', { ...complete, environment: undefined }],
    ['sphere', { ...complete, sphere: undefined }],
    ['operations', { ...complete, operations: '' }],
  ])('requires %s', (element, draft) => {
    const check = checkTicket(draft);
    expect(check.wellFormed).toBe(false);
    expect(check.missing).toHaveLength(1);
    expect(check.missing[0]).toMatchObject({ element, severity: 'required' });
    expect(check.missing[0]?.message).toMatch(/^[A-Z].*\.$/);
  });

  it.each<[TicketElement, TicketDraft]>([
    ['screenshots', { ...complete, screenshots: 0, screenshotNames: [] }],
    ['screenshots', { ...complete, screenshots: undefined, screenshotNames: undefined }],
    ['screenshots', { ...complete, screenshots: 2, screenshotNames: undefined }],
    ['screenshots', { ...complete, screenshotNames: ['  '] }],
    ['errorMessage', { ...complete, errorMessage: undefined }],
  ])('recommends %s without rejecting the draft', (element, draft) => {
    const check = checkTicket(draft);
    expect(check.wellFormed).toBe(true);
    expect(check.missing).toEqual([expect.objectContaining({ element, severity: 'recommended' })]);
  });

  it('asks for the prefix in the words of the slides', () => {
    const check = checkTicket({ ...complete, title: 'Mandat rejeté par le comptable' });
    expect(check.team).toBeNull();
    expect(check.missing[0]?.message).toBe(
      'Commencez le titre par SI2C (question métier) ou DRASI (question technique).',
    );
  });

  it('wants a precise title after the prefix', () => {
    expect(DEFAULT_MIN_TITLE_WORDS).toBe(3);
    expect(DEFAULT_MIN_TITLE_CHARS).toBe(15);
    expect(elements({ ...complete, title: 'SI2C - mandat rejeté' })).toEqual(['title']);
    expect(elements({ ...complete, title: 'DRASI : a b c' })).toEqual(['title']);
    expect(elements({ ...complete, title: 'DRASI - connexion impossible ce matin' })).toEqual([]);
    // Exactly the minimum: 3 words, 15 characters.
    expect(elements({ ...complete, title: 'SI2C - abcde fghi jklm' })).toEqual([]);
    expect(elements({ ...complete, title: 'SI2C - abcde fghi jkl' })).toEqual(['title']);
    expect(checkTicket({ ...complete, title: 'SI2C - mandat rejeté' }).missing[0]?.message).toContain(
      'actuellement 2 mots et 13 caractères',
    );
  });

  it('reports both prefix and title when the title is missing', () => {
    expect(elements({ ...complete, title: undefined })).toEqual(['prefix', 'title']);
    expect(elements({ ...complete, title: 'SI2C' })).toEqual(['title']);
  });

  it('names the expected check letter of a wrong UAI', () => {
    const wrong = `0801234${makeUai('0801234').endsWith('A') ? 'B' : 'A'}`;
    const message = checkTicket({ ...complete, uai: wrong }).missing[0]?.message;
    expect(message).toContain(`la lettre de contrôle de 0801234 est ${makeUai('0801234').slice(7)}`);
  });

  it('accepts the service in any case and needs none off ITOP', () => {
    expect(elements({ ...complete, service: ' OP@LE ' })).toEqual([]);
    expect(elements({ ...complete, channel: 'mail', service: undefined })).toEqual([]);
  });

  it('lists every element of an empty draft in the order of the form', () => {
    const check = checkTicket({});
    expect(check.wellFormed).toBe(false);
    expect(check.missing.map((m) => m.element)).toEqual([
      'service',
      'prefix',
      'title',
      'lastName',
      'firstName',
      'function',
      'eple',
      'environment',
      'sphere',
      'operations',
      'screenshots',
      'errorMessage',
    ]);
  });

  it('says how many screenshots a ticket counts without naming them', () => {
    const [missing] = checkTicket({ ...complete, screenshotNames: undefined }).missing;
    expect(missing?.message).toBe(
      "2 captures d'écran sans nom : donnez le nom de chaque fichier (par ex. capture-erreur-mandat.png).",
    );
  });

  it('takes other title bounds as options', () => {
    expect(
      checkTicket({ ...complete, title: 'SI2C mandat' }, { minTitleWords: 1, minTitleChars: 6 }).wellFormed,
    ).toBe(true);
  });
});
