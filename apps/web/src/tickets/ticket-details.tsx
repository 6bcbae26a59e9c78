import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useDatedPath } from '../date/as-of';
import { formatDate, plural } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { CHANNEL_LABELS, ENVIRONMENT_LABELS, labelOf, SPHERE_LABELS } from './labels';

export const TicketDetailsFragment = graphql(`
  fragment TicketDetails on Ticket {
    ref
    channel
    service
    uai
    openedOn
    firstTeam
    environment
    sphere
    operations
    errorMessage
    screenshots
    screenshotNames
    itop {
      ref
      state
      waiting
      lastError
    }
    requester {
      lastName
      firstName
      function
    }
  }
`);

const NOT_GIVEN = 'non renseigné';

/**
 * Where the ticket stands in ITOP when opale writes it there: its ITOP reference once created,
 * what still waits to be sent, or why sending failed.
 */
export function itopStatus(itop: {
  readonly ref: string | null;
  readonly state: string;
  readonly waiting: number;
  readonly lastError: string | null;
}): string {
  const ref = itop.ref ?? 'pas encore créée';
  if (itop.state === 'failed') return `${ref} — envoi en échec : ${itop.lastError ?? 'raison inconnue'}`;
  if (itop.state === 'pending' || itop.waiting > 0)
    return `${ref} — en attente d’envoi (${plural(itop.waiting, 'changement', 'changements')})`;
  return `${ref} — à jour dans ITOP`;
}

function Entry(props: { term: string; children: ReactNode }) {
  return (
    <div className="opale-entry">
      <dt className="fr-text--bold">{props.term}</dt>
      <dd>{props.children ?? NOT_GIVEN}</dd>
    </div>
  );
}

function Screenshots(props: { count: number | null; names: readonly string[] }) {
  if (props.names.length > 0)
    return (
      <ul aria-label="Captures d’écran jointes">
        {props.names.map((name) => (
          <li key={name}>
            <code>{name}</code>
          </li>
        ))}
      </ul>
    );
  if (props.count)
    return <p>{plural(props.count, 'capture jointe, sans nom', 'captures jointes, sans nom')}</p>;
  return <p>Aucune capture d’écran jointe.</p>;
}

/** What the slides ask a ticket to hold: who asks, where, in which sphère, what was done, what it said. */
export function TicketDetails(props: { ticket: FragmentType<typeof TicketDetailsFragment> }) {
  const t = getFragmentData(TicketDetailsFragment, props.ticket);
  const dated = useDatedPath();
  return (
    <div className="opale-grid">
      <section aria-labelledby="demandeur-titre" className="opale-card">
        <h2 id="demandeur-titre" className="fr-h5">
          Demandeur
        </h2>
        <dl>
          <Entry term="Nom">{t.requester?.lastName}</Entry>
          <Entry term="Prénom">{t.requester?.firstName}</Entry>
          <Entry term="Fonction">{t.requester?.function}</Entry>
          <Entry term="Établissement">
            {t.uai && <Link to={dated(`/etablissements/${t.uai}`)}>{t.uai}</Link>}
          </Entry>
        </dl>
      </section>
      <section aria-labelledby="contexte-titre" className="opale-card">
        <h2 id="contexte-titre" className="fr-h5">
          Contexte
        </h2>
        <dl>
          <Entry term="Ouvert le">{formatDate(t.openedOn)}</Entry>
          <Entry term="Canal">{CHANNEL_LABELS[t.channel]}</Entry>
          <Entry term="Service ITOP">{t.service}</Entry>
          {t.itop && <Entry term="Demande ITOP">{itopStatus(t.itop)}</Entry>}
          <Entry term="Orienté à l’ouverture vers">{t.firstTeam}</Entry>
          <Entry term="Environnement">{t.environment && labelOf(ENVIRONMENT_LABELS, t.environment)}</Entry>
          <Entry term="Sphère">{t.sphere && labelOf(SPHERE_LABELS, t.sphere)}</Entry>
        </dl>
      </section>
      <section aria-labelledby="operations-titre" className="opale-card">
        <h2 id="operations-titre" className="fr-h5">
          Opérations effectuées
        </h2>
        <p className="opale-prewrap">{t.operations || 'Non détaillées.'}</p>
        <h2 id="erreur-titre" className="fr-h5">
          Message d’erreur
        </h2>
        {t.errorMessage ? (
          <blockquote aria-labelledby="erreur-titre">
            <samp>{t.errorMessage}</samp>
          </blockquote>
        ) : (
          <p>Aucun message d’erreur recopié.</p>
        )}
        <h2 id="captures-titre" className="fr-h5">
          Captures d’écran
        </h2>
        <Screenshots count={t.screenshots ?? null} names={t.screenshotNames} />
      </section>
    </div>
  );
}
