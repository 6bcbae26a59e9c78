import { can } from '@opale/domain';
import { useQuery } from 'urql';
import { useSession } from '../auth/auth-context';
import { useAsOf } from '../date/as-of';
import { AsOfTitle } from '../date/date-selector';
import { graphql } from '../gql';
import { Loading, QueryError } from '../ui/query-state';
import { DifficultyRuleForm } from './rule-form';
import { DifficultyRuleHistory } from './rule-history';
import { DifficultyRuleWords } from './rule-words';
import { UnfollowedList } from './unfollowed-list';

const RulePageQuery = graphql(`
  query DifficultyRulePage($asOf: Date!) {
    difficultyRule(asOf: $asOf) {
      asOf
      inForce {
        ...DifficultyRuleWords
        ...DifficultyRuleValues
      }
      history {
        ...DifficultyRuleHistoryRow
      }
    }
  }
`);

/**
 * The difficulty rule: the one in force on the day shown, in words, the EPLE it flags that nobody
 * followed up since, and its history; administrators record a new rule from a day on.
 */
export default function DifficultyRulePage() {
  const [asOf] = useAsOf();
  const { role } = useSession();
  const [{ data, error, fetching }] = useQuery({ query: RulePageQuery, variables: { asOf } });
  return (
    <>
      <AsOfTitle title="Règle de difficulté" />
      {error && <QueryError error={error} />}
      {!data && fetching && <Loading what="de la règle de difficulté" />}
      {data && (
        <>
          <DifficultyRuleWords rule={data.difficultyRule.inForce} linked={false} />
          <section aria-labelledby="sans-suivi-titre">
            <h2 id="sans-suivi-titre" className="fr-h4">
              Signalés sans suivi
            </h2>
            <UnfollowedList asOf={asOf} />
          </section>
          <section aria-labelledby="historique-titre">
            <h2 id="historique-titre" className="fr-h4">
              Historique
            </h2>
            <DifficultyRuleHistory history={data.difficultyRule.history} />
          </section>
          {can(role, 'setDifficultyRule') && <DifficultyRuleForm rule={data.difficultyRule.inForce} />}
        </>
      )}
    </>
  );
}
