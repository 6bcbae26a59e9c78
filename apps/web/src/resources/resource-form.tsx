import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { RESOURCE_KIND_LABELS, RESOURCE_KINDS, type ResourceKind, ROLES } from '@opale/domain';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { ROLE_LABELS } from '../auth/role-labels';
import { graphql } from '../gql';
import { invalidInput, issuesByField } from '../ui/field-issues';
import { positionOf, type ResourceFields, variablesOf } from './resource-fields';

const RecordResourceMutation = graphql(`
  mutation RecordResource(
    $id: String!
    $title: String!
    $kind: ResourceKind!
    $description: String!
    $url: String
    $mail: String
    $itopPrefix: AcademieTeam
    $audience: [Role!]!
    $position: Int
    $activeFrom: Date
    $version: Int
  ) {
    recordResource(
      id: $id
      title: $title
      kind: $kind
      description: $description
      url: $url
      mail: $mail
      itopPrefix: $itopPrefix
      audience: $audience
      position: $position
      activeFrom: $activeFrom
      version: $version
    ) {
      __typename
      ... on MutationRecordResourceSuccess {
        data {
          ...ResourceCard
        }
      }
      ... on InvalidInput {
        ...RefusedInput
      }
      ... on Conflict {
        message
      }
    }
  }
`);

const state = (errors: Record<string, string>, key: string) =>
  errors[key] ? { state: 'error' as const, stateRelatedMessage: errors[key] } : {};

/**
 * The admin's form to add a resource or change one: each refused field shows the API's reason
 * beside it; a change based on a stale version is said so, nothing being written.
 */
export function ResourceForm(props: {
  initial: ResourceFields;
  onSaved: (title: string) => void;
  onCancel: () => void;
}) {
  const [fields, setFields] = useState(props.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, record] = useMutation(RecordResourceMutation);
  const changing = fields.version !== undefined;

  const set = <K extends keyof ResourceFields>(key: K, value: ResourceFields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    setErrors(({ [key]: _dropped, ...rest }) => rest);
  };
  const text = (
    key: 'id' | 'title' | 'url' | 'mail' | 'position' | 'activeFrom',
    label: string,
    hint?: string,
  ) => (
    <Input
      label={label}
      hintText={hint}
      disabled={key === 'id' && changing}
      nativeInputProps={{
        id: `resource-${key}`,
        value: fields[key],
        type: key === 'activeFrom' ? 'date' : key === 'position' ? 'number' : 'text',
        onChange: (e) => set(key, e.currentTarget.value),
      }}
      {...state(errors, key)}
    />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (positionOf(fields) === 'invalid') {
      setErrors({ position: 'Un nombre entier de 0 à 999.' });
      return;
    }
    const result = await record(variablesOf(fields));
    const answer = result.data?.recordResource;
    if (!answer) setFailure(result.error?.message ?? 'Pas de réponse du serveur.');
    else if (answer.__typename === 'InvalidInput') {
      const refused = invalidInput(answer);
      // `resource.audience[1]` is the audience's field.
      const byField = issuesByField(
        (refused?.issues ?? []).map((i) => ({ ...i, field: i.field.replace(/\[\d+\]$/, '') })),
      );
      setErrors(byField);
      setFailure(refused?.message ?? null);
    } else if (answer.__typename === 'Conflict') {
      setFailure(
        `Quelqu’un d’autre a modifié cette ressource entre-temps : rechargez la page et recommencez. (${answer.message})`,
      );
    } else props.onSaved(fields.title);
  };

  return (
    <form
      onSubmit={submit}
      aria-label={changing ? `Modifier « ${props.initial.title} »` : 'Ajouter une ressource'}
      noValidate
    >
      {failure && (
        <Alert severity="error" title="Rien n’a été enregistré" description={failure} className="fr-mb-3w" />
      )}
      {text(
        'id',
        'Identifiant',
        'Lettres minuscules, chiffres et tirets, par exemple tribu-mf2 ; il ne change plus ensuite.',
      )}
      {text('title', 'Titre')}
      <Select
        label="Type"
        nativeSelectProps={{
          id: 'resource-kind',
          value: fields.kind,
          onChange: (e) => set('kind', e.currentTarget.value as ResourceKind),
        }}
        {...state(errors, 'kind')}
      >
        {RESOURCE_KINDS.map((k) => (
          <option key={k} value={k}>
            {RESOURCE_KIND_LABELS[k]}
          </option>
        ))}
      </Select>
      <Input
        label="Description"
        hintText="Ce qu’elle offre et comment y accéder."
        textArea
        nativeTextAreaProps={{
          id: 'resource-description',
          rows: 3,
          value: fields.description,
          onChange: (e) => set('description', e.currentTarget.value),
        }}
        {...state(errors, 'description')}
      />
      {text('url', 'Adresse (facultative)', 'Commence par https://')}
      {text('mail', 'Adresse mail (facultative)')}
      <Select
        label="Par ITOP (facultatif)"
        hint="Par quoi le titre du ticket doit commencer pour la joindre."
        nativeSelectProps={{
          id: 'resource-itopPrefix',
          value: fields.itopPrefix,
          onChange: (e) => set('itopPrefix', e.currentTarget.value as ResourceFields['itopPrefix']),
        }}
        {...state(errors, 'itopPrefix')}
      >
        <option value="">Non</option>
        <option value="SI2C">SI2C</option>
        <option value="DRASI">DRASI</option>
      </Select>
      <Checkbox
        legend="Pour qui"
        hintText="Un établissement ne voit que les ressources qui lui sont destinées."
        {...state(errors, 'audience')}
        options={ROLES.map((role) => ({
          label: ROLE_LABELS[role],
          nativeInputProps: {
            checked: fields.audience.includes(role),
            onChange: () =>
              set(
                'audience',
                fields.audience.includes(role)
                  ? fields.audience.filter((r) => r !== role)
                  : ROLES.filter((r) => r === role || fields.audience.includes(r)),
              ),
          },
        }))}
      />
      {text('position', 'Rang dans son type', 'De 0 à 999 : les plus petits d’abord.')}
      {text(
        'activeFrom',
        'Proposée à partir du',
        'Aujourd’hui ou plus tard : les listes des jours passés ne changent pas.',
      )}
      <Button type="submit" disabled={fetching} className="fr-mr-2w">
        {changing ? 'Enregistrer la modification' : 'Ajouter la ressource'}
      </Button>
      <Button type="button" priority="secondary" onClick={props.onCancel}>
        Annuler
      </Button>
    </form>
  );
}
