import { useQuery } from 'urql';
import { graphql } from '../gql';
import { DataTable } from '../ui/data-table';
import { QueryError } from '../ui/query-state';

const AgencesQuery = graphql(`
  query WaveAgences($wave: String!) {
    eples(wave: $wave, first: 100, orderBy: name) {
      edges {
        node {
          uai
          name
          commune
          agenceUai
        }
      }
    }
    agences {
      siegeUai
      siege {
        name
        commune
      }
    }
  }
`);

/** The slide of the previous wave: each of its EPLE beside its agence comptable. */
export function AgenceSection({ waveId }: { waveId: string }) {
  const [{ data, error }] = useQuery({ query: AgencesQuery, variables: { wave: waveId } });
  const sieges = new Map(data?.agences.map((a) => [a.siegeUai, a.siege]) ?? []);
  return (
    <section aria-labelledby="vague-precedente">
      <h2 id="vague-precedente" className="fr-h3">
        Point sur la vague {waveId.replace(/^V/, '')}
      </h2>
      {error && <QueryError error={error} />}
      {data && (
        <DataTable
          caption={`Établissements de la vague ${waveId} et leur agence comptable`}
          fileName={`agences-${waveId}`}
          serverExport={{ what: 'agences', params: { wave: waveId } }}
          headers={[`Établissement ${waveId}`, 'Agence comptable']}
          rows={data.eples.edges.map(({ node: e }) => {
            const siege = sieges.get(e.agenceUai);
            return {
              key: e.uai,
              header: `${e.name} – ${e.commune}`,
              cells: [
                e.agenceUai === e.uai
                  ? `${e.name} – ${e.commune} (siège)`
                  : siege
                    ? `${siege.name} – ${siege.commune}`
                    : e.agenceUai,
              ],
            };
          })}
        />
      )}
    </section>
  );
}
