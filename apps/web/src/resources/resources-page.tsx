import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { can, RESOURCE_KIND_LABELS, RESOURCE_KINDS } from '@opale/domain';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../auth/auth-context';
import { todayInParis, useAsOf } from '../date/as-of';
import { formatDate } from '../format/format';
import { getFragmentData, graphql } from '../gql';
import { Loading, QueryError } from '../ui/query-state';
import { ResourceCard, ResourceCardFragment } from './resource-card';
import { emptyResource, fieldsOf, type ResourceFields } from './resource-fields';
import { ResourceForm } from './resource-form';

const ResourcesQuery = graphql(`
  query Resources($asOf: Date) {
    resources(asOf: $asOf) {
      id
      kind
      ...ResourceCard
    }
  }
`);

const RetireResourceMutation = graphql(`
  mutation RetireResource($id: String!, $on: Date, $version: Int!) {
    retireResource(id: $id, on: $on, version: $version) {
      __typename
      ... on InvalidInput {
        message
      }
      ... on Conflict {
        message
      }
    }
  }
`);

/**
 * Ressources: the support the académie offers op@le's users, by kind, as of the day shown. The
 * admin adds, changes and retires them here.
 */
export default function ResourcesPage() {
  const { role } = useSession();
  const [asOf] = useAsOf();
  const [{ data, error, fetching }, reload] = useQuery({ query: ResourcesQuery, variables: { asOf } });
  const [, retire] = useMutation(RetireResourceMutation);
  const admin = can(role, 'recordResource');
  const [editing, setEditing] = useState<ResourceFields | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  const done = (text: string) => {
    setEditing(null);
    setNotice({ ok: true, text });
    reload({ requestPolicy: 'network-only' });
  };
  const retireOne = async (id: string, title: string, version: number) => {
    const on = todayInParis();
    const answer = (await retire({ id, on, version })).data?.retireResource;
    if (answer?.__typename === 'MutationRetireResourceSuccess')
      done(`« ${title} » n’est plus proposée à partir du ${formatDate(on)}.`);
    else
      setNotice({
        ok: false,
        text: answer && 'message' in answer ? answer.message : 'Pas de réponse du serveur.',
      });
  };

  if (error) return <QueryError error={error} />;
  if (!data) return fetching ? <Loading what="des ressources" /> : null;
  const resources = data.resources;
  const kinds = RESOURCE_KINDS.filter((k) => resources.some((r) => r.kind === k));
  return (
    <>
      <h1 className="fr-h2">Ressources d’accompagnement</h1>
      <p>
        Où trouver de la documentation, de l’aide ou une personne à qui s’adresser, au {formatDate(asOf)}.
        Pour une demande d’assistance, le point d’entrée reste ITOP.
      </p>
      {notice && (
        <Alert
          severity={notice.ok ? 'success' : 'error'}
          small
          description={notice.text}
          closable
          onClose={() => setNotice(null)}
          className="fr-mb-3w"
        />
      )}
      {admin && !editing && (
        <Button
          iconId="fr-icon-add-line"
          className="fr-mb-3w"
          onClick={() => setEditing(emptyResource(todayInParis()))}
        >
          Ajouter une ressource
        </Button>
      )}
      {editing && (
        <section className="fr-mb-4w" aria-labelledby="resource-form-title">
          <h2 id="resource-form-title" className="fr-h4">
            {editing.version === undefined ? 'Nouvelle ressource' : `Modifier « ${editing.title} »`}
          </h2>
          <ResourceForm
            key={`${editing.id}@${editing.version ?? 'new'}`}
            initial={editing}
            onSaved={(title) => done(`« ${title} » est enregistrée.`)}
            onCancel={() => setEditing(null)}
          />
        </section>
      )}
      {kinds.length === 0 && <p>Aucune ressource n’est proposée à cette date.</p>}
      {kinds.map((kind) => (
        <section key={kind} aria-labelledby={`ressources-${kind}`}>
          <h2 id={`ressources-${kind}`} className="fr-h4">
            {RESOURCE_KIND_LABELS[kind]}
          </h2>
          <ul className="fr-raw-list">
            {resources
              .filter((r) => r.kind === kind)
              .map((r) => {
                const full = getFragmentData(ResourceCardFragment, r);
                return (
                  <ResourceCard
                    key={r.id}
                    resource={r}
                    actions={
                      admin && (
                        <>
                          <Button
                            size="small"
                            priority="secondary"
                            className="fr-mr-1w"
                            onClick={() => setEditing(fieldsOf(full))}
                          >
                            Modifier
                          </Button>
                          <Button
                            size="small"
                            priority="tertiary"
                            onClick={() => retireOne(full.id, full.title, full.version)}
                          >
                            Retirer à partir d’aujourd’hui
                          </Button>
                        </>
                      )
                    }
                  />
                );
              })}
          </ul>
        </section>
      ))}
    </>
  );
}
