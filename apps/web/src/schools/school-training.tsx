import { useQuery } from 'urql';
import { graphql } from '../gql';
import { TrackTable } from '../training/track-table';
import { QueryError } from '../ui/query-state';

const SchoolTrainingQuery = graphql(`
  query SchoolTraining($wave: String!) {
    training(wave: $wave) {
      summary {
        ...TrackTable
      }
    }
  }
`);

/** The training of the school's wave: the tracks its staff follow. */
export function SchoolTraining({ waveId }: { waveId: string }) {
  const [{ data, error }] = useQuery({ query: SchoolTrainingQuery, variables: { wave: waveId } });
  return (
    <section aria-labelledby="formation-titre">
      <h2 id="formation-titre" className="fr-h4">
        Formation
      </h2>
      {error && <QueryError error={error} />}
      {data && <TrackTable summary={data.training.summary} />}
    </section>
  );
}
