import {
  ASSISTANCE_SERVICES,
  checkTicket,
  type Dataset,
  type IsoDate,
  type Ticket,
  ticketStateAt,
} from '@opale/domain';
import { type Cell, frenchDate, type RowStream } from './table.js';

// The words the ticket list shows for the API's codes.
const STATUS = { open: 'En cours', resolved: 'Résolu' } as const;
const HANDLER = { national: 'Remonté au national', SI2C: 'SI2C', DRASI: 'DRASI' } as const;
const LEVEL = { academie: 'Académie', national: 'National', integrator: 'Intégrateur' } as const;
const CHANNEL = { itop: 'ITOP', mail: 'Mail', phone: 'Téléphone', visio: 'Visio' } as const;
const SERVICE = new Map(ASSISTANCE_SERVICES.map((s) => [s.id, s.label]));

const HEADER = [
  'Référence',
  'Titre',
  'UAI',
  'Établissement',
  'Vague',
  'Canal',
  'Ouvert le',
  'Statut',
  'Pris en charge par',
  'Équipe',
  'Niveau',
  'Service national',
  'Ancienneté (jours)',
  'En cours depuis plus de 15 jours',
  'Bien formé',
  'Éléments exigés manquants',
];

function* ticketRows(records: Pick<Dataset, 'eple'>, tickets: readonly Ticket[], asOf: IsoDate) {
  const eple = new Map(records.eple.map((e) => [e.uai, e]));
  for (const t of tickets) {
    const state = ticketStateAt(t, asOf);
    const school = t.uai === undefined ? undefined : eple.get(t.uai);
    const check = checkTicket(t);
    const missing = check.missing.filter((m) => m.severity === 'required').map((m) => m.element);
    const row: Cell[] = [
      t.ref,
      t.title,
      t.uai ?? null,
      school?.name ?? null,
      school?.waveId ?? null,
      CHANNEL[t.channel],
      frenchDate(t.openedOn),
      state ? STATUS[state.status] : null,
      state ? HANDLER[state.handler] : null,
      state?.team ?? null,
      state ? LEVEL[state.level] : null,
      state?.escalatedTo ? (SERVICE.get(state.escalatedTo) ?? state.escalatedTo) : null,
      state?.ageDays ?? null,
      state ? (state.openOverThreshold ? 'oui' : 'non') : null,
      check.wellFormed ? 'oui' : 'non',
      missing.join(', '),
    ];
    yield row;
  }
}

/**
 * The ticket list as of `asOf`, one row per ticket in the order given, with the columns the
 * list shows on screen and its state that day; each row is computed when it is read, so that a
 * list of every ticket of the académie streams as it is written.
 */
export function ticketListTable(
  records: Pick<Dataset, 'eple'>,
  tickets: readonly Ticket[],
  asOf: IsoDate,
): RowStream {
  return {
    name: 'Tickets',
    title: `Tickets au ${frenchDate(asOf)} (${tickets.length})`,
    header: HEADER,
    rows: ticketRows(records, tickets, asOf),
  };
}
