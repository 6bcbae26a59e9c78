import { Link } from 'react-router';
import { useQuery } from 'urql';
import { followUpLabel } from '../dashboard/difficulty-list';
import { useDatedPath } from '../date/as-of';
import { formatDate, formatDecimal } from '../format/format';
import { graphql } from '../gql';
import { DataTable } from '../ui/data-table';
import { Loading, QueryError } from '../ui/query-state';

const UnfollowedQuery = graphql(`
  query UnfollowedDifficulties($asOf: Date!) {
    unfollowedDifficulties(asOf: $asOf, first: 100) {
      totalCount
      edges {
        node {
          flaggedSince
          daysFlagged
          eple {
            uai
            name
            commune
            waveId
            score
          }
          lastFollowUp {
            on
            kind
          }
        }
      }
    }
  }
`);

/** The EPLE flagged as of the day with no follow-up since they were flagged: what the teams owe. */
export function UnfollowedList(props: { asOf: string }) {
  const [{ data, error, fetching }] = useQuery({ query: UnfollowedQuery, variables: { asOf: props.asOf } });
  const dated = useDatedPath();
  if (error) return <QueryError error={error} />;
  if (!data) return fetching ? <Loading what="des EPLE signalés sans suivi" /> : null;
  const list = data.unfollowedDifficulties;
  const shown = list.edges.length;
  return (
    <>
      <DataTable
        caption={`EPLE signalés sans suivi depuis leur signalement : ${list.totalCount}`}
        fileName="eple-signales-sans-suivi"
        serverExport={{ what: 'unfollowed-difficulties', params: { asOf: props.asOf } }}
        empty="Chaque EPLE signalé a eu une action d’accompagnement depuis son signalement."
        headers={['Établissement', 'Vague', 'Score', 'Signalé depuis le', 'Jours', 'Dernier suivi']}
        rows={list.edges.map(({ node }) => ({
          key: node.eple.uai,
          header: {
            text: `${node.eple.name} (${node.eple.commune}) ${node.eple.uai}`,
            node: <Link to={dated(`/etablissements/${node.eple.uai}`)}>{node.eple.name}</Link>,
          },
          cells: [
            node.eple.waveId,
            formatDecimal(node.eple.score),
            formatDate(node.flaggedSince),
            node.daysFlagged,
            node.lastFollowUp
              ? `${formatDate(node.lastFollowUp.on)} ${followUpLabel(node.lastFollowUp.kind)}`
              : 'jamais',
          ],
        }))}
      />
      {shown < list.totalCount && (
        <p className="fr-text--sm">Les {shown} plus anciennement signalés sont affichés.</p>
      )}
    </>
  );
}
