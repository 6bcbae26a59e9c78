import { formatDate, plural } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { EVENT_LABELS, labelOf, serviceLabel } from './labels';

export const TicketHistoryFragment = graphql(`
  fragment TicketHistory on Ticket {
    openedOn
    firstTeam
    history {
      kind
      on
      to
      by
    }
  }
`);

// Where an event sends the ticket: an académie team, or a national service by its name.
const targetOf = (kind: string, to: string | null) =>
  !to ? null : kind === 'escalated' ? serviceLabel(to) : to;

/**
 * The ticket's history up to the day shown, as a timeline: its opening, then each requalification,
 * escalation, return, resolution and reopening with its day, who did it and where it sent the
 * ticket. Changes after that day are counted, not shown, as the rest of the page is as of that day.
 */
export function TicketHistory(props: { ticket: FragmentType<typeof TicketHistoryFragment>; asOf: string }) {
  const t = getFragmentData(TicketHistoryFragment, props.ticket);
  const shown = t.history.filter((e) => e.on <= props.asOf);
  const later = t.history.length - shown.length;
  return (
    <section aria-labelledby="historique-titre">
      <h2 id="historique-titre" className="fr-h4">
        Historique
      </h2>
      <ol className="fr-raw-list opale-history" aria-label="Historique du ticket">
        <li>
          <p className="fr-mb-0">
            <strong>{formatDate(t.openedOn)}</strong> — Ouvert, orienté vers {t.firstTeam}
          </p>
        </li>
        {shown.map((e, i) => {
          const target = targetOf(e.kind, e.to ?? null);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a history only grows at its end, a position names one event
            <li key={i}>
              <p className="fr-mb-0">
                <strong>{formatDate(e.on)}</strong> — {labelOf(EVENT_LABELS, e.kind)}
                {target ? ` vers ${target}` : ''}
              </p>
              <p className="fr-text--sm fr-mb-0">{e.by ? `par ${e.by}` : 'auteur non enregistré (import)'}</p>
            </li>
          );
        })}
      </ol>
      {later > 0 && (
        <p className="fr-text--sm">
          {plural(later, 'changement enregistré', 'changements enregistrés')} après le{' '}
          {formatDate(props.asOf)} : choisissez un jour plus récent pour le voir.
        </p>
      )}
    </section>
  );
}
