import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { can, RESTITUTION_SEVERITY_LABELS } from '@opale/domain';
import { useState } from 'react';
import { useMutation } from 'urql';
import { useSession } from '../auth/auth-context';
import { useAsOf } from '../date/as-of';
import { formatDate } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { DataTable } from '../ui/data-table';
import { refusal } from '../ui/field-issues';
import { RestitutionForm } from './restitution-form';

export const RestitutionAlertFragment = graphql(`
  fragment RestitutionAlertItem on RestitutionAlert {
    id
    report
    severity
    message
    on
    clearedOn
    active
  }
`);

const ClearRestitutionAlertMutation = graphql(`
  mutation ClearRestitutionAlert($uai: String!, $report: String!, $on: Date!, $clearedOn: Date) {
    clearRestitutionAlert(uai: $uai, report: $report, on: $on, clearedOn: $clearedOn) {
      __typename
      ... on Conflict {
        message
      }
      ... on InvalidInput {
        ...RefusedInput
      }
    }
  }
`);

type Outcome = { severity: 'success' | 'error'; text: string };

/**
 * The alerts of the restitutions op@le raised on an EPLE by the selected day, as they stood that
 * day (active, or cleared and when); SI2C and administrators record one and clear an active one
 * on the selected day.
 */
export function Restitutions(props: {
  uai: string;
  alerts: FragmentType<typeof RestitutionAlertFragment>[];
}) {
  const alerts = getFragmentData(RestitutionAlertFragment, props.alerts);
  const { role } = useSession();
  const [asOf] = useAsOf();
  const allowed = can(role, 'recordRestitutionAlert');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [{ fetching }, clear] = useMutation(ClearRestitutionAlertMutation);

  const clearOne = async (alert: (typeof alerts)[number]) => {
    const result = await clear(
      { uai: props.uai, report: alert.report, on: alert.on, clearedOn: asOf },
      { additionalTypenames: ['Eple', 'RestitutionAlert'] },
    );
    const answer = result.data?.clearRestitutionAlert;
    if (answer?.__typename === 'Conflict')
      setOutcome({
        severity: 'error',
        text: `Déjà levée par ailleurs ; rien n’a été enregistré. ${answer.message}`,
      });
    else {
      const refused = refusal(answer, result.error);
      setOutcome(
        refused
          ? { severity: 'error', text: refused }
          : { severity: 'success', text: `Alerte « ${alert.report} » levée le ${formatDate(asOf)}.` },
      );
    }
  };

  return (
    <section aria-labelledby="restitutions-titre" className="fr-mb-3w">
      <h2 id="restitutions-titre" className="fr-h4">
        Restitutions op@le
      </h2>
      <DataTable
        caption={`Alertes des restitutions op@le au ${formatDate(asOf)}`}
        fileName={`restitutions-${props.uai}-${asOf}`}
        serverExport={{ what: 'school-restitutions', params: { uai: props.uai, asOf } }}
        empty="Aucune alerte des restitutions à cette date."
        headers={['Restitution', 'Gravité', 'Message', 'Relevée le', 'État', ...(allowed ? ['Action'] : [])]}
        rows={alerts.map((a) => ({
          key: a.id,
          header: a.report,
          cells: [
            RESTITUTION_SEVERITY_LABELS[a.severity],
            a.message,
            formatDate(a.on),
            {
              text: a.active ? 'Active' : `Levée le ${formatDate(a.clearedOn ?? '')}`,
              node: a.active ? (
                <Badge severity="warning">Active</Badge>
              ) : (
                <Badge severity="success">Levée le {formatDate(a.clearedOn ?? '')}</Badge>
              ),
            },
            ...(allowed
              ? [
                  {
                    text: '',
                    node: a.active ? (
                      <Button
                        size="small"
                        priority="secondary"
                        disabled={fetching}
                        onClick={() => clearOne(a)}
                        title={`Lever l’alerte « ${a.report} » du ${formatDate(a.on)} au ${formatDate(asOf)}`}
                      >
                        Lever au {formatDate(asOf)}
                      </Button>
                    ) : (
                      '—'
                    ),
                  },
                ]
              : []),
          ],
        }))}
      />
      {outcome && <Alert severity={outcome.severity} small description={outcome.text} className="fr-mb-2w" />}
      {allowed && <RestitutionForm uai={props.uai} />}
    </section>
  );
}
