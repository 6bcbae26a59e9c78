import { describe, expect, it } from 'vitest';
import { ticketText } from './ticket-text.js';

describe('ticketText', () => {
  it('writes the prefix first and every element of the checklist in the body', () => {
    const text = ticketText(
      {
        title: '[drasi] connexion impossible depuis le poste du gestionnaire',
        service: 'op@le',
        uai: '0801234G',
        requester: { lastName: 'Martin', firstName: 'Claire', function: 'gestionnaire' },
        environment: 'sandbox',
        sphere: 'agent-comptable',
        operations: 'ouverture du module\nclic sur Valider',
        errorMessage: 'Erreur 500',
        screenshots: 2,
      },
      ['Référence opale : OP-1'],
    );
    expect(text.title).toBe('DRASI - connexion impossible depuis le poste du gestionnaire');
    expect(text.body.split('\n')).toEqual([
      'Service : op@le',
      'Demandeur : Claire Martin',
      'Fonction : gestionnaire',
      'Établissement (UAI) : 0801234G',
      'Environnement : bac à sable',
      'Sphère : agent comptable',
      'Opérations effectuées :',
      'ouverture du module',
      'clic sur Valider',
      "Message d'erreur : Erreur 500",
      "Captures d'écran jointes : 2",
      'Référence opale : OP-1',
    ]);
  });

  it('says what is not given and keeps a title without prefix as it is', () => {
    const text = ticketText({ title: '  question sur le budget  ' });
    expect(text.title).toBe('question sur le budget');
    expect(text.body).toContain('Demandeur : non renseigné');
    expect(text.body).toContain('Sphère : non renseigné');
    expect(text.body).toContain("Captures d'écran jointes : 0");
  });
});
