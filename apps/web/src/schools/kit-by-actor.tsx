import { Button } from '@codegouvfr/react-dsfr/Button';
import { can, KIT_ACTOR_LABELS, type KitActor } from '@opale/domain';
import { useState } from 'react';
import { useMutation } from 'urql';
import { useSession } from '../auth/auth-context';
import { useAsOf } from '../date/as-of';
import { formatDate, formatPercent } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { DataTable } from '../ui/data-table';
import { refusal } from '../ui/field-issues';

export const KitByActorFragment = graphql(`
  fragment KitByActor on KitCompletion {
    byActor {
      actor
      finalized
      total
      rate {
        percent
      }
    }
    actions {
      id
      actor
      label
      finalizedOn
    }
  }
`);

const RecordKitActionMutation = graphql(`
  mutation RecordKitAction($uai: String!, $actionId: String!, $change: KitChange!, $on: Date) {
    recordKitAction(uai: $uai, actionId: $actionId, change: $change, on: $on) {
      __typename
      ... on InvalidInput {
        ...RefusedInput
      }
    }
  }
`);

const actorLabel = (actor: string) => KIT_ACTOR_LABELS[actor as KitActor] ?? actor;

/**
 * The kit de bascule by actor, action by action with the day each was finalized; the allowed
 * roles finalize or undo an action as of the day shown.
 */
export function KitByActor(props: { uai: string; kit: FragmentType<typeof KitByActorFragment> }) {
  const kit = getFragmentData(KitByActorFragment, props.kit);
  const { role } = useSession();
  const [asOf] = useAsOf();
  const [refused, setRefused] = useState<string | null>(null);
  const [{ fetching }, record] = useMutation(RecordKitActionMutation);
  const editable = can(role, 'recordKitAction');
  const change = async (actionId: string, finalized: boolean) => {
    const result = await record(
      { uai: props.uai, actionId, change: finalized ? 'undone' : 'finalized', on: asOf },
      { additionalTypenames: ['Eple', 'KitCompletion'] },
    );
    setRefused(refusal(result.data?.recordKitAction, result.error));
  };
  return (
    <section aria-labelledby="kit-titre">
      <h2 id="kit-titre" className="fr-h4">
        Kit de bascule par acteur
      </h2>
      {refused && (
        <p className="fr-error-text" role="alert">
          {refused}
        </p>
      )}
      {kit.byActor.map((a) => (
        <DataTable
          key={a.actor}
          caption={`${actorLabel(a.actor)} : ${a.finalized} actions finalisées sur ${a.total} (${formatPercent(a.rate.percent)})`}
          fileName={`kit-${props.uai}-${a.actor}`}
          serverExport={{ what: 'school-kit', params: { uai: props.uai, asOf, actor: a.actor } }}
          headers={['Action', 'Finalisée le', ...(editable ? ['Modifier'] : [])]}
          rows={kit.actions
            .filter((action) => action.actor === a.actor)
            .map((action) => ({
              key: action.id,
              header: action.label,
              cells: [
                action.finalizedOn ? formatDate(action.finalizedOn) : 'non finalisée',
                ...(editable
                  ? [
                      {
                        text: '',
                        node: (
                          <Button
                            size="small"
                            priority={action.finalizedOn ? 'tertiary' : 'secondary'}
                            disabled={fetching}
                            onClick={() => change(action.id, action.finalizedOn !== null)}
                            title={`${action.finalizedOn ? 'Annuler' : 'Finaliser'} « ${action.label} » au ${formatDate(asOf)}`}
                          >
                            {action.finalizedOn ? 'Annuler' : 'Finaliser'}
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ],
            }))}
        />
      ))}
    </section>
  );
}
