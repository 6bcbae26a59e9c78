import { ITOP_CHANGE_LABELS, ITOP_DELIVERY_STATE_LABELS } from '@opale/domain';
import type { OutboxEntry } from '../itop/outbox.js';
import type { Table } from './table.js';

/**
 * The queue of changes to write into iTop, as the exchanges page lists it: those not sent yet,
 * then the last sent; instants as the server records them (ISO, UTC).
 */
export function itopOutboxTable(outbox: readonly OutboxEntry[]): Table {
  return {
    name: 'File d’envoi vers ITOP',
    title: 'File d’envoi vers ITOP : les changements pas encore envoyés, puis les derniers envoyés',
    header: [
      'Ticket',
      'Changement',
      'État',
      'Essais',
      'Mis en attente',
      'Prochain essai',
      'Envoyé',
      'Erreur',
    ],
    rows: outbox.map((e) => [
      e.ticketRef,
      ITOP_CHANGE_LABELS[e.change] ?? e.change,
      ITOP_DELIVERY_STATE_LABELS[e.state] ?? e.state,
      e.attempts,
      e.createdAt,
      e.state === 'pending' ? e.nextAt : null,
      e.sentAt,
      e.lastError,
    ]),
  };
}
