import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useAsOf, useDatedPath } from '../date/as-of';
import { formatDate, formatDecimal, formatPercent } from '../format/format';
import { graphql } from '../gql';
import { HANDLER_LABELS, labelOf, STATUS_LABELS } from '../tickets/labels';
import { DataTable } from '../ui/data-table';
import { Loading, QueryError } from '../ui/query-state';
import { FollowUps } from './follow-ups';
import { KitByActor } from './kit-by-actor';
import { Restitutions } from './restitutions';
import { SchoolBudget } from './school-budget';
import { SchoolTraining } from './school-training';
import { WaveHistory } from './wave-history';

const SchoolQuery = graphql(`
  query School($uai: String!, $asOf: Date!) {
    eple(uai: $uai) {
      id
      uai
      name
      kind
      commune
      departement
      agenceUai
      waveId
      createdOn
      waveHistory {
        ...WaveChangeItem
      }
      difficulty(asOf: $asOf) {
        score
        reasons {
          signal
          message
        }
      }
      kit(asOf: $asOf) {
        finalized
        total
        rate {
          percent
        }
        ...KitByActor
      }
      budget(asOf: $asOf) {
        ...SchoolBudget
      }
      tickets(asOf: $asOf) {
        ref
        title
        openedOn
        wellFormed
        state(asOf: $asOf) {
          status
          handler
          ageDays
        }
      }
      followUps {
        ...FollowUpItem
      }
      restitutions(asOf: $asOf) {
        ...RestitutionAlertItem
      }
    }
  }
`);

/** Établissement: its kit by actor and action, budget, tickets, restitution alerts, training and follow-ups. */
export default function SchoolPage() {
  const { uai = '' } = useParams();
  const [asOf] = useAsOf();
  const dated = useDatedPath();
  const [{ data, error, fetching }] = useQuery({ query: SchoolQuery, variables: { uai, asOf } });
  if (error) return <QueryError error={error} />;
  if (!data) return fetching ? <Loading what="de l’établissement" /> : null;
  const eple = data.eple;
  if (!eple) {
    return (
      <>
        <h1 className="fr-h2">Établissement {uai}</h1>
        <p>Cet établissement est inconnu, ou votre rôle ne permet pas de le consulter.</p>
      </>
    );
  }
  return (
    <>
      <h1 className="fr-h2">
        {eple.name} <span className="opale-as-of">— {eple.commune}</span>
      </h1>
      <ul className="fr-text--sm" aria-label="Identité de l’établissement">
        <li>UAI : {eple.uai}</li>
        <li>
          Vague : <Link to={dated(`/vagues/${eple.waveId}`)}>{eple.waveId}</Link> — créé dans op@le le{' '}
          {formatDate(eple.createdOn)}
        </li>
        <li>
          Agence comptable :{' '}
          {eple.agenceUai === eple.uai ? (
            'l’établissement est siège de son agence'
          ) : (
            <Link to={dated(`/etablissements/${eple.agenceUai}`)}>{eple.agenceUai}</Link>
          )}
        </li>
        <li>Département : {eple.departement}</li>
      </ul>
      <WaveHistory changes={eple.waveHistory} />
      {eple.difficulty && (
        <section aria-labelledby="difficulte-titre" className="fr-mb-3w">
          <h2 id="difficulte-titre" className="fr-h4">
            En difficulté <Badge severity="error">score {formatDecimal(eple.difficulty.score)}</Badge>
          </h2>
          <ul>
            {eple.difficulty.reasons.map((r) => (
              <li key={r.signal}>{r.message}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="opale-grid">
        <section aria-labelledby="kit-resume" className="opale-card">
          <h2 id="kit-resume" className="fr-h5">
            Kit de bascule
          </h2>
          <p className="opale-figure">{formatPercent(eple.kit.rate.percent)}</p>
          <p>
            {eple.kit.finalized} actions finalisées sur {eple.kit.total}
          </p>
        </section>
        <SchoolBudget uai={eple.uai} budget={eple.budget} />
      </div>
      <KitByActor uai={eple.uai} kit={eple.kit} />
      <section aria-labelledby="tickets-titre">
        <h2 id="tickets-titre" className="fr-h4">
          Tickets
        </h2>
        <DataTable
          caption={`Tickets de ${eple.name}`}
          fileName={`tickets-${eple.uai}-${asOf}`}
          serverExport={{ what: 'tickets-list', params: { asOf, uai: eple.uai } }}
          empty="Aucun ticket à cette date."
          headers={[
            'Référence',
            'Titre',
            'Ouvert le',
            'Statut',
            'Pris en charge par',
            'Ancienneté',
            'Complet',
          ]}
          rows={eple.tickets.map((t) => ({
            key: t.ref,
            header: {
              text: t.ref,
              node: <Link to={dated(`/tickets/${encodeURIComponent(t.ref)}`)}>{t.ref}</Link>,
            },
            cells: [
              t.title,
              formatDate(t.openedOn),
              labelOf(STATUS_LABELS, t.state?.status),
              labelOf(HANDLER_LABELS, t.state?.handler),
              t.state ? `${t.state.ageDays} j` : '—',
              t.wellFormed ? 'oui' : 'non',
            ],
          }))}
        />
      </section>
      <Restitutions uai={eple.uai} alerts={eple.restitutions} />
      <SchoolTraining waveId={eple.waveId} />
      <FollowUps uai={eple.uai} followUps={eple.followUps} />
    </>
  );
}
