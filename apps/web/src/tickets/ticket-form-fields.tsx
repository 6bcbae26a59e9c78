import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import type { ReactNode } from 'react';
import { CHANNEL_LABELS, ENVIRONMENT_LABELS, SPHERE_LABELS } from './labels';
import { suggestTeam } from './prefix-hint';
import type { DraftFields } from './ticket-draft';

export interface FieldsProps {
  readonly fields: DraftFields;
  readonly set: <K extends keyof DraftFields>(key: K, value: DraftFields[K]) => void;
  /** Messages of the server by field, after a refused submission. */
  readonly errors: Record<string, string>;
  /** A school user's schools, to choose from; free input for the académie's teams. */
  readonly schools: readonly { uai: string; name: string }[] | null;
  /** Whether the user records requests received outside ITOP (the académie's teams). */
  readonly channels: boolean;
}

const state = (errors: Record<string, string>, key: string) =>
  errors[key] ? { state: 'error' as const, stateRelatedMessage: errors[key] } : {};

function text(props: FieldsProps, key: keyof DraftFields, label: string, hint?: ReactNode, area = false) {
  const common = {
    id: `ticket-${key}`,
    value: props.fields[key],
    onChange: (e: { currentTarget: { value: string } }) => props.set(key, e.currentTarget.value as never),
  };
  return area ? (
    <Input
      label={label}
      hintText={hint}
      textArea
      nativeTextAreaProps={{ ...common, rows: 4 }}
      {...state(props.errors, key)}
    />
  ) : (
    <Input label={label} hintText={hint} nativeInputProps={common} {...state(props.errors, key)} />
  );
}

/** One of a few values, as radio buttons; the fieldset carries the field's id for the missing list. */
function choice<K extends 'prefix' | 'environment' | 'sphere'>(
  props: FieldsProps,
  key: K,
  legend: string,
  labels: Record<Exclude<DraftFields[K], ''>, string>,
  hint?: ReactNode,
) {
  return (
    <RadioButtons
      id={`ticket-${key}`}
      legend={legend}
      hintText={hint}
      name={key}
      orientation="horizontal"
      {...state(props.errors, key)}
      options={(Object.entries(labels) as [DraftFields[K], string][]).map(([value, label]) => ({
        label,
        nativeInputProps: {
          value,
          checked: props.fields[key] === value,
          onChange: () => props.set(key, value),
        },
      }))}
    />
  );
}

/** The fields the slides ask for, in their order. */
export function TicketFormFields(props: FieldsProps) {
  const { fields, set, errors } = props;
  const hint = suggestTeam(`${fields.title} ${fields.operations} ${fields.errorMessage}`);
  return (
    <>
      {props.channels && (
        <Select
          label="Demande reçue par"
          hint="Une demande reçue par mail, téléphone ou visio est enregistrée ici par l’équipe."
          nativeSelectProps={{
            id: 'ticket-channel',
            value: fields.channel,
            onChange: (e) => set('channel', e.currentTarget.value as DraftFields['channel']),
          }}
          {...state(errors, 'channel')}
        >
          {Object.entries(CHANNEL_LABELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </Select>
      )}
      {props.schools ? (
        <Select
          label="Établissement concerné"
          nativeSelectProps={{
            id: 'ticket-uai',
            value: fields.uai,
            onChange: (e) => set('uai', e.currentTarget.value),
          }}
          {...state(errors, 'uai')}
        >
          <option value="">Choisir l’établissement</option>
          {props.schools.map((s) => (
            <option key={s.uai} value={s.uai}>
              {s.name} — {s.uai}
            </option>
          ))}
        </Select>
      ) : (
        text(props, 'uai', 'UAI de l’établissement concerné', '7 chiffres et une lettre, par ex. 0801234X')
      )}
      {choice(
        props,
        'prefix',
        'Service destinataire (début du titre)',
        { SI2C: 'SI2C', DRASI: 'DRASI' },
        <>
          SI2C pour une question métier (budget, comptabilité, restitutions…), DRASI pour une question
          technique (connexion, habilitations, poste de travail…). En cas d’erreur, les équipes requalifient
          la demande.
          {hint && (
            <strong className="fr-display-block fr-mt-1v" id="ticket-prefix-hint">
              Indice : votre description parle de « {hint.word} », plutôt {hint.team}.
            </strong>
          )}
        </>,
      )}
      {text(
        props,
        'title',
        'Titre précis de la demande',
        `Le ticket sera intitulé « ${fields.prefix || 'SI2C ou DRASI'} - … ». Au moins 3 mots qui résument la demande.`,
      )}
      <fieldset className="fr-fieldset" aria-labelledby="ticket-user-legend">
        <legend id="ticket-user-legend" className="fr-fieldset__legend">
          Utilisateur connecté à op@le
        </legend>
        <div className="fr-fieldset__element">{text(props, 'lastName', 'Nom')}</div>
        <div className="fr-fieldset__element">{text(props, 'firstName', 'Prénom')}</div>
        <div className="fr-fieldset__element">
          {text(props, 'function', 'Fonction', 'Par ex. gestionnaire, agent comptable, fondé de pouvoir')}
        </div>
      </fieldset>
      {choice(props, 'environment', 'Environnement', ENVIRONMENT_LABELS)}
      {choice(props, 'sphere', 'Sphère', SPHERE_LABELS)}
      {text(
        props,
        'operations',
        'Opérations effectuées',
        'Le détail des étapes suivies avant le problème.',
        true,
      )}
      {text(
        props,
        'screenshots',
        'Captures d’écran jointes au ticket',
        'Le nom de fichier de chacune, un par ligne (par ex. capture-erreur-mandat.png) ; joignez-les dans ITOP.',
        true,
      )}
      {text(
        props,
        'errorMessage',
        'Message d’erreur',
        'Recopiez-le tel qu’il s’affiche, s’il y en a un.',
        true,
      )}
    </>
  );
}
