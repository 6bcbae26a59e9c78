import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useAsOf } from '../date/as-of';
import { AsOfTitle } from '../date/date-selector';
import { graphql } from '../gql';
import { fileSlug } from '../ui/file-slug';
import { Loading, QueryError } from '../ui/query-state';
import { ServerDownloads } from '../ui/server-downloads';
import { useSearchParam } from '../ui/use-search-param';
import { WaveChoicesQuery } from '../waves/wave-choices';
import { ScenarioDrafts } from './scenario-drafts';
import { ScenarioForm } from './scenario-form';
import { ScenarioTable } from './scenario-table';
import { type Scenario, scenarioFromParam, scenarioParam } from './scenario-url';

// The same selection for both plans: the table reads each wave's figures side by side.
const ScenarioComparisonQuery = graphql(`
  query ScenarioComparison($asOf: Date!, $scenario: ScenarioInput!) {
    scenarioComparison(asOf: $asOf, scenario: $scenario) {
      changedWaves
      current {
        violations { uai message }
        waves { waveId switchDate eple budgetMode training { groups trainersNeeded trainersShort } load { expected peakFrom peakExpected peakHigh } }
      }
      scenario {
        violations { uai message }
        waves { waveId switchDate eple budgetMode training { groups trainersNeeded trainersShort } load { expected peakFrom peakExpected peakHigh } }
      }
    }
  }
`);

/** Hands the scenario to the user as a JSON file, to keep or to send. */
function downloadJson(scenario: Scenario, asOf: string) {
  const blob = new Blob([`${JSON.stringify({ asOf, ...scenario }, null, 2)}\n`], {
    type: 'application/json',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${fileSlug(`scenario ${asOf}`)}.json`;
  link.click();
  URL.revokeObjectURL(url);
}

/** Re-planification: a scenario of EPLE and bascules moved, beside the current plan; nothing is written. */
export default function ScenarioPage() {
  const [asOf] = useAsOf();
  const [param, setParam] = useSearchParam('scenario');
  const scenario = scenarioFromParam(param);
  const [copied, setCopied] = useState(false);
  const [waves] = useQuery({ query: WaveChoicesQuery, variables: { asOf } });
  const [{ data, error, fetching }, recompare] = useQuery({
    query: ScenarioComparisonQuery,
    variables: { asOf, scenario: { moves: [...scenario.moves], switchDates: [...scenario.switchDates] } },
  });
  const comparison = data?.scenarioComparison;
  const change = (next: Scenario) => {
    setCopied(false);
    setParam(scenarioParam(next));
  };
  const copyLink = async () => {
    await navigator.clipboard?.writeText(window.location.href);
    setCopied(true);
  };
  return (
    <>
      <AsOfTitle title="Re-planification" />
      <p>
        Déplacez des EPLE d’une vague à l’autre ou changez le jour d’une bascule : le scénario est comparé au
        plan actuel, sans rien enregistrer. Le lien de la page garde le scénario et le partage tel quel.
      </p>
      {waves.error && <QueryError error={waves.error} />}
      {waves.data && <ScenarioForm scenario={scenario} waves={waves.data.waves} onChange={change} />}
      <div className="opale-no-print fr-btns-group fr-btns-group--inline-sm fr-mt-2w">
        <Button priority="tertiary" iconId="fr-icon-links-line" onClick={copyLink}>
          {copied ? 'Lien copié' : 'Copier le lien du scénario'}
        </Button>
        <Button
          priority="secondary"
          iconId="fr-icon-download-line"
          onClick={() => downloadJson(scenario, asOf)}
        >
          Télécharger le scénario (JSON)
        </Button>
      </div>
      <ScenarioDrafts scenario={scenario} onApplied={() => recompare({ requestPolicy: 'network-only' })} />
      {error && <QueryError error={error} />}
      {!comparison && fetching && <Loading what="de la comparaison" />}
      {comparison && (
        <>
          <h2 className="fr-h4 fr-mt-4w">Règle des agences comptables</h2>
          <p>
            Plan actuel : {comparison.current.violations.length} EPLE basculeraient avant leur agence
            comptable ; scénario : <strong>{comparison.scenario.violations.length}</strong>.
          </p>
          {comparison.scenario.violations.length > 0 && (
            <ul>
              {comparison.scenario.violations.map((v) => (
                <li key={v.uai}>{v.message}</li>
              ))}
            </ul>
          )}
          <h2 className="fr-h4">Vague par vague</h2>
          <ScenarioTable
            current={comparison.current.waves}
            scenario={comparison.scenario.waves}
            changed={comparison.changedWaves}
          />
          <ServerDownloads
            file={{ what: 'scenario', params: { asOf, scenario: scenarioParam(scenario) } }}
            filename={`re-planification ${asOf}`}
            label="Le plan actuel et le scénario"
          />
        </>
      )}
    </>
  );
}
