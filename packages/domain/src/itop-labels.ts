/** The changes written into iTop, as the exchanges page and its export name them. */
export const ITOP_CHANGE_LABELS: Readonly<Record<string, string>> = {
  open: 'création',
  requalified: 'requalification',
  escalated: 'escalade',
  returned: 'renvoi',
  resolved: 'résolution',
  reopened: 'réouverture',
};

/** Where a change to write into iTop stands. */
export const ITOP_DELIVERY_STATE_LABELS: Readonly<Record<string, string>> = {
  pending: 'en attente d’envoi',
  sent: 'envoyé',
  failed: 'en échec',
};
