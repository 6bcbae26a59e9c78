import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { can, checkTicket, isScopedToOwnSchools, type TicketDraft } from '@opale/domain';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../auth/auth-context';
import { todayInParis } from '../date/as-of';
import { graphql } from '../gql';
import { invalidInput, issuesByField } from '../ui/field-issues';
import { MissingPanel } from './missing-panel';
import { ReadyToPaste } from './ready-to-paste';
import {
  type DraftFields,
  EMPTY_DRAFT,
  fullTitle,
  screenshotNamesProblem,
  toTicketDraft,
} from './ticket-draft';
import { TicketFormFields } from './ticket-form-fields';

const MySchoolsQuery = graphql(`
  query MySchools {
    eples(first: 100, orderBy: name) {
      edges {
        node {
          uai
          name
        }
      }
    }
  }
`);

const ItopSettingsQuery = graphql(`
  query ItopSettings {
    itopSettings {
      connected
      portalUrl
    }
  }
`);

const OpenTicketMutation = graphql(`
  mutation OpenTicket(
    $title: String!
    $uai: String!
    $environment: String
    $sphere: String
    $operations: String
    $errorMessage: String
    $screenshotNames: [String!]
    $lastName: String
    $firstName: String
    $function: String
    $channel: TicketChannel
  ) {
    openTicket(
      title: $title
      uai: $uai
      environment: $environment
      sphere: $sphere
      operations: $operations
      errorMessage: $errorMessage
      screenshotNames: $screenshotNames
      lastName: $lastName
      firstName: $firstName
      function: $function
      channel: $channel
    ) {
      __typename
      ... on MutationOpenTicketSuccess {
        data {
          id
          ref
          uai
          wellFormed
          itop {
            ref
            state
          }
        }
      }
      ... on InvalidInput {
        ...RefusedInput
      }
    }
  }
`);

/** Where the ticket stands in ITOP, in words. */
function itopLine(itop: { ref: string | null; state: string }): string {
  if (itop.ref) return `Demande ITOP ${itop.ref} créée dans la file de l’équipe.`;
  return itop.state === 'failed'
    ? 'L’envoi à ITOP a échoué : un administrateur le reprendra.'
    : 'En attente d’envoi à ITOP : opale réessaie, le ticket n’est pas perdu.';
}

/**
 * Nouveau ticket: an assistant that writes the ticket the way the slides ask, showing live what
 * is still missing by the domain's own check, then opens it.
 */
export default function NewTicketPage() {
  const { role } = useSession();
  const [fields, setFields] = useState<DraftFields>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [opened, setOpened] = useState<{
    ref: string;
    uai: string;
    itop: { ref: string | null; state: string } | null;
    draft: TicketDraft;
  } | null>(null);
  const [itop] = useQuery({ query: ItopSettingsQuery });
  const [failure, setFailure] = useState<string | null>(null);
  const [schools] = useQuery({ query: MySchoolsQuery, pause: !isScopedToOwnSchools(role) });
  const [{ fetching }, open] = useMutation(OpenTicketMutation);
  const draft = useMemo(() => toTicketDraft(fields), [fields]);
  const check = useMemo(() => checkTicket(draft), [draft]);
  // Checked as they are typed, so that the API never has to refuse them.
  const badNames = useMemo(() => screenshotNamesProblem(draft), [draft]);
  const channels = can(role, 'changeTicket');

  const set = <K extends keyof DraftFields>(key: K, value: DraftFields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    setErrors(({ [key]: _dropped, ...rest }) => rest);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!check.wellFormed) {
      document.getElementById('ce-qui-manque')?.focus();
      return;
    }
    if (badNames) {
      document.getElementById('ticket-screenshots')?.focus();
      return;
    }
    const result = await open({
      title: fullTitle(fields),
      uai: draft.uai ?? '',
      environment: draft.environment,
      sphere: draft.sphere,
      operations: draft.operations,
      errorMessage: draft.errorMessage,
      screenshotNames: draft.screenshotNames ? [...draft.screenshotNames] : undefined,
      lastName: draft.requester?.lastName,
      firstName: draft.requester?.firstName,
      function: draft.requester?.function,
      // School users do not send one: the API refuses them any channel.
      channel: channels ? fields.channel : undefined,
    });
    const answer = result.data?.openTicket;
    if (!answer) setFailure(result.error?.message ?? 'Pas de réponse du serveur.');
    else if (answer.__typename === 'InvalidInput') {
      const refused = invalidInput(answer);
      // A bad name (`screenshotNames[2]`) is shown on the one field that holds them all.
      const issues = (refused?.issues ?? []).map((i) =>
        /screenshotNames/.test(i.field) ? { ...i, field: 'screenshots' } : i,
      );
      setErrors(issuesByField(issues));
      setFailure(refused?.message ?? null);
    } else {
      setOpened({ ref: answer.data.ref, uai: answer.data.uai ?? '', itop: answer.data.itop ?? null, draft });
      setFields(EMPTY_DRAFT);
    }
  };

  const mine = schools.data?.eples.edges.map((e) => e.node) ?? null;
  // A school user with one school has nothing to choose.
  const only = mine?.length === 1 ? mine[0]?.uai : undefined;
  // Chosen again once the form is emptied after a ticket is opened.
  const chosen = fields.uai;
  useEffect(() => {
    if (only && !chosen) setFields((f) => ({ ...f, uai: only }));
  }, [only, chosen]);
  return (
    <>
      <h1 className="fr-h2">Nouveau ticket d’assistance</h1>
      <p>
        Un ticket complet est traité plus vite : l’assistant vérifie, au fil de la saisie, les éléments
        demandés par le schéma d’assistance.
      </p>
      {opened && (
        <Alert
          severity="success"
          title={`Ticket ${opened.ref} ouvert`}
          description={
            <>
              {opened.itop && (
                <>
                  {itopLine(opened.itop)}
                  <br />
                </>
              )}
              <Link to={`/tickets?date=${todayInParis()}&uai=${opened.uai}`}>
                Voir les tickets de l’établissement
              </Link>
            </>
          }
          className="fr-mb-3w"
        />
      )}
      {failure && (
        <Alert
          severity="error"
          title="Le ticket n’a pas été ouvert"
          description={failure}
          className="fr-mb-3w"
        />
      )}
      <div className="opale-assistant">
        <form onSubmit={submit} aria-label="Rédaction du ticket" noValidate>
          <TicketFormFields
            fields={fields}
            set={set}
            errors={badNames ? { ...errors, screenshots: badNames } : errors}
            schools={isScopedToOwnSchools(role) ? (mine ?? []) : null}
            channels={channels}
          />
          <Button type="submit" disabled={fetching}>
            Ouvrir le ticket
          </Button>
        </form>
        <MissingPanel missing={check.missing} wellFormed={check.wellFormed} />
      </div>
      {opened && itop.data?.itopSettings.connected === false && opened.draft.channel === 'itop' && (
        <ReadyToPaste draft={opened.draft} portalUrl={itop.data.itopSettings.portalUrl ?? null} />
      )}
    </>
  );
}
