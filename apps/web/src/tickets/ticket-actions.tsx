import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { ESCALATION_TARGETS } from '@opale/domain';
import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import type { TicketChangeKind } from '../gql/graphql';
import { refusal } from '../ui/field-issues';
import { serviceLabel } from './labels';

export const TicketActionsFragment = graphql(`
  fragment TicketActionsTarget on Ticket {
    ref
    version
    state(asOf: $asOf) {
      status
      handler
      team
    }
  }
`);

const ChangeTicketMutation = graphql(`
  mutation ChangeTicket($ref: String!, $kind: TicketChangeKind!, $to: String, $version: Int!) {
    changeTicket(ref: $ref, kind: $kind, to: $to, version: $version) {
      __typename
      ... on MutationChangeTicketSuccess {
        data {
          id
          version
        }
      }
      ... on Conflict {
        message
      }
      ... on InvalidInput {
        ...RefusedInput
      }
    }
  }
`);

interface Choice {
  readonly value: string;
  readonly label: string;
  readonly kind: TicketChangeKind;
  readonly to?: string;
}

/** What may be done to a ticket in its state: requalify, escalate, return, resolve, reopen. */
export function ticketChoices(state: { status: string; handler: string; team: string } | null): Choice[] {
  if (!state) return [];
  if (state.status === 'resolved') return [{ value: 'reopened', label: 'Rouvrir', kind: 'reopened' }];
  const other = state.team === 'SI2C' ? 'DRASI' : 'SI2C';
  const choices: Choice[] = [];
  if (state.handler === 'national') {
    for (const team of ['SI2C', 'DRASI']) {
      choices.push({
        value: `returned:${team}`,
        label: `Renvoyer à l’académie (${team})`,
        kind: 'returned',
        to: team,
      });
    }
  } else {
    choices.push({
      value: `requalified:${other}`,
      label: `Requalifier vers ${other}`,
      kind: 'requalified',
      to: other,
    });
    for (const target of ESCALATION_TARGETS) {
      choices.push({
        value: `escalated:${target}`,
        label: `Remonter : ${serviceLabel(target)}`,
        kind: 'escalated',
        to: target,
      });
    }
  }
  choices.push({ value: 'resolved', label: 'Marquer comme résolu', kind: 'resolved' });
  return choices;
}

/** The team's actions on one ticket, based on the version read: a stale one is a conflict. */
export function TicketActions(props: {
  ticket: FragmentType<typeof TicketActionsFragment>;
  onConflict: () => void;
}) {
  const ticket = getFragmentData(TicketActionsFragment, props.ticket);
  const choices = ticketChoices(ticket.state);
  const [value, setValue] = useState('');
  const [outcome, setOutcome] = useState<{
    severity: 'success' | 'error';
    title: string;
    text: string;
  } | null>(null);
  const [{ fetching }, change] = useMutation(ChangeTicketMutation);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const choice = choices.find((c) => c.value === value);
    if (!choice) return;
    const result = await change({
      ref: ticket.ref,
      kind: choice.kind,
      to: choice.to,
      version: ticket.version,
    });
    const answer = result.data?.changeTicket;
    if (result.error || !answer) {
      setOutcome({
        severity: 'error',
        title: 'Échec',
        text: result.error?.message ?? 'Pas de réponse du serveur.',
      });
    } else if (answer.__typename === 'Conflict') {
      setOutcome({
        severity: 'error',
        title: 'Conflit : ticket modifié entre-temps',
        text: `Quelqu’un a modifié ${ticket.ref} depuis votre lecture ; rien n’a été enregistré. Le ticket a été rechargé : vérifiez son état puis recommencez.`,
      });
      props.onConflict();
    } else if (answer.__typename === 'InvalidInput') {
      setOutcome({ severity: 'error', title: 'Refusé', text: refusal(answer, undefined) ?? '' });
    } else {
      setOutcome({ severity: 'success', title: 'Enregistré', text: `${choice.label} : ${ticket.ref}.` });
      setValue('');
    }
  };

  if (choices.length === 0) return null;
  return (
    <form onSubmit={submit} aria-label={`Traiter le ticket ${ticket.ref}`} className="opale-ticket-actions">
      <Select
        label={<span className="fr-sr-only">Action sur {ticket.ref}</span>}
        nativeSelectProps={{
          id: `${id}-action`,
          value,
          required: true,
          onChange: (e) => setValue(e.currentTarget.value),
        }}
      >
        <option value="" disabled>
          Choisir une action
        </option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </Select>
      <Button type="submit" size="small" disabled={fetching || value === ''}>
        Appliquer
      </Button>
      {outcome && (
        <Alert
          severity={outcome.severity}
          small
          title={outcome.title}
          description={outcome.text}
          role="alert"
        />
      )}
    </form>
  );
}
