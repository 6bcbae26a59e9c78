import { Input } from '@codegouvfr/react-dsfr/Input';
import { DIFFICULTY_COUNT_LABELS } from '@opale/domain';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { todayInParis } from '../date/as-of';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { invalidInput, issuesByField, refusal } from '../ui/field-issues';
import { type Outcome, SubmitWithOutcome } from '../ui/submit-outcome';

export const RuleValuesFragment = graphql(`
  fragment DifficultyRuleValues on DifficultyRule {
    weights {
      signal
      weight
      label
    }
    scoreThreshold
    openTicketsThreshold
    staleTicketsThreshold
    staleAfterDays
    restitutionAlertsThreshold
    budgetGraceDays
    leadDays
    followDays
  }
`);

const SetRuleMutation = graphql(`
  mutation SetDifficultyRule($effectiveOn: Date!, $rule: DifficultyRuleInput!, $reason: String) {
    setDifficultyRule(effectiveOn: $effectiveOn, rule: $rule, reason: $reason) {
      __typename
      ... on MutationSetDifficultyRuleSuccess {
        data {
          effectiveOn
        }
      }
      ... on InvalidInput {
        ...RefusedInput
      }
    }
  }
`);

/** The thresholds an administrator sets, with their labels, in the order of the form. */
const COUNTS = Object.entries(DIFFICULTY_COUNT_LABELS) as [CountKey, string][];
type CountKey = keyof typeof DIFFICULTY_COUNT_LABELS;

/**
 * The administrators' form: a new rule from a day on (today or later), prefilled with the rule
 * shown. Each refused field says why beside it.
 */
export function DifficultyRuleForm(props: { rule: FragmentType<typeof RuleValuesFragment> }) {
  const rule = getFragmentData(RuleValuesFragment, props.rule);
  const [effectiveOn, setEffectiveOn] = useState(todayInParis);
  const [reason, setReason] = useState('');
  const [values, setValues] = useState<Record<string, string>>(() => ({
    ...Object.fromEntries(rule.weights.map((w) => [w.signal, String(w.weight)])),
    ...Object.fromEntries(COUNTS.map(([key]) => [key, String(rule[key])])),
  }));
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [{ fetching }, setRule] = useMutation(SetRuleMutation);
  const set = (key: string) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };
  const state = (key: string) =>
    issues[key] ? { state: 'error' as const, stateRelatedMessage: issues[key] } : {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // What the API could not even read (a blank, a count that is not whole) is said here, beside the field.
    const unread: Record<string, string> = {};
    for (const w of rule.weights)
      if (!Number.isFinite(Number.parseFloat(values[w.signal] ?? '')))
        unread[w.signal] = 'Indiquez un nombre.';
    for (const [key] of COUNTS)
      if (!/^\d+$/.test((values[key] ?? '').trim())) unread[key] = 'Indiquez un nombre entier, 0 ou plus.';
    if (Object.keys(unread).length > 0) {
      setIssues(unread);
      setOutcome({
        severity: 'error',
        text: 'Certains champs ne sont pas des nombres : rien n’a été enregistré.',
      });
      return;
    }
    const counts = Object.fromEntries(COUNTS.map(([key]) => [key, Number(values[key])])) as Record<
      CountKey,
      number
    >;
    const weights = rule.weights.map((w) => ({ signal: w.signal, weight: Number(values[w.signal]) }));
    const result = await setRule(
      { effectiveOn, rule: { ...counts, weights }, reason: reason.trim() || null },
      { additionalTypenames: ['DifficultyRule', 'DifficultyRuleAsOf', 'CommitteeReport'] },
    );
    const answer = result.data?.setDifficultyRule;
    const refused = invalidInput(answer);
    setIssues(refused ? issuesByField(refused.issues) : {});
    if (answer?.__typename === 'MutationSetDifficultyRuleSuccess') {
      setOutcome({
        severity: 'success',
        text: `Règle enregistrée, en vigueur à partir du ${answer.data.effectiveOn}.`,
      });
    } else {
      setOutcome({ severity: 'error', text: refusal(answer, result.error) ?? 'Pas de réponse du serveur.' });
    }
  };

  return (
    <form onSubmit={submit} className="opale-no-print" aria-labelledby="changer-regle-titre">
      <h2 id="changer-regle-titre" className="fr-h4">
        Changer la règle
      </h2>
      <p className="fr-text--sm">
        La nouvelle règle s’applique à partir du jour choisi (aujourd’hui ou plus tard) : les chiffres des
        jours passés gardent la règle qui était en vigueur.
      </p>
      <Input
        label="En vigueur à partir du"
        {...state('effectiveOn')}
        nativeInputProps={{
          type: 'date',
          value: effectiveOn,
          onChange: (e) => setEffectiveOn(e.currentTarget.value),
        }}
      />
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Poids des signaux (0 : le signal ne compte pas)</legend>
        {rule.weights.map((w) => (
          <Input
            key={w.signal}
            label={`Poids : ${w.label}`}
            {...state(w.signal)}
            nativeInputProps={{
              type: 'number',
              min: 0,
              step: 'any',
              value: values[w.signal] ?? '',
              onChange: set(w.signal),
            }}
          />
        ))}
      </fieldset>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Seuils</legend>
        {COUNTS.map(([key, label]) => (
          <Input
            key={key}
            label={label}
            {...state(key)}
            nativeInputProps={{
              type: 'number',
              min: 0,
              step: 1,
              value: values[key] ?? '',
              onChange: set(key),
            }}
          />
        ))}
      </fieldset>
      <Input
        label="Motif du changement (facultatif)"
        {...state('reason')}
        nativeInputProps={{ value: reason, onChange: (e) => setReason(e.currentTarget.value) }}
      />
      <SubmitWithOutcome label="Enregistrer la règle" fetching={fetching} outcome={outcome} />
    </form>
  );
}
