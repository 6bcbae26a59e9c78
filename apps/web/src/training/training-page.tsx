import { Select } from '@codegouvfr/react-dsfr/Select';
import { can } from '@opale/domain';
import { useQuery } from 'urql';
import { useSession } from '../auth/auth-context';
import { useAsOf } from '../date/as-of';
import { AsOfTitle } from '../date/date-selector';
import { graphql } from '../gql';
import { Loading, QueryError } from '../ui/query-state';
import { useSearchParam } from '../ui/use-search-param';
import { GroupsLackingPair } from './groups-lacking-pair';
import { TRACK_PARAM, TrackTable } from './track-table';
import { TrainersSection } from './trainers-section';
import { TrainingGroups } from './training-groups';
import { TrainingPlanner } from './training-planner';
import { WaveTrainers } from './wave-trainers';

const TrainingQuery = graphql(`
  query Training($asOf: Date!, $wave: String!, $track: String) {
    waves(asOf: $asOf) {
      id
    }
    training(wave: $wave, asOf: $asOf) {
      waveId
      summary {
        ...TrackTable
        tracks {
          trackId
          label
          grouped
          staff
        }
      }
      tracks {
        id
        label
        grouped
      }
      groups(track: $track) {
        ...TrainingGroupRow
      }
      groupsLackingPair {
        ...GroupLackingPair
      }
      trainers {
        ...WaveTrainerRow
      }
    }
    trainers {
      ...TrainerRow
    }
  }
`);

/**
 * Formation: a wave's tracks, groups and trainer pairs as planned by the chosen day, the groups
 * lacking a pair, and the volunteer trainers; SI2C and admins plan the groups and record the trainers.
 */
export default function TrainingPage() {
  const [asOf] = useAsOf();
  const { role } = useSession();
  const [chosenWave, choose] = useSearchParam('vague');
  const wave = chosenWave ?? 'V6';
  // A track's figure of groups links here with its track: the groups shown are those it counts.
  const [track] = useSearchParam(TRACK_PARAM);
  const [{ data, error, fetching }] = useQuery({
    query: TrainingQuery,
    variables: { asOf, wave, track: track ?? undefined },
  });
  return (
    <>
      <AsOfTitle title="Formation des utilisateurs" />
      <p>
        Formation hybride par profil : journées en présentiel sur FM1 et heures à distance sur m@gistère,
        animées par des binômes de formateurs volontaires des vagues précédentes.
      </p>
      {error && <QueryError error={error} />}
      {!data && fetching && <Loading what="de la formation" />}
      {data && (
        <>
          <Select
            label="Vague"
            className="opale-no-print"
            nativeSelectProps={{ value: wave, onChange: (e) => choose(e.currentTarget.value) }}
          >
            {data.waves.map((w) => (
              <option key={w.id} value={w.id}>
                {w.id}
              </option>
            ))}
          </Select>
          <TrackTable summary={data.training.summary} />
          <GroupsLackingPair groups={data.training.groupsLackingPair} waveId={data.training.waveId} />
          <TrainingGroups groups={data.training.groups} waveId={data.training.waveId} track={track} />
          <WaveTrainers trainers={data.training.trainers} waveId={data.training.waveId} />
          {can(role, 'planTraining') && (
            <TrainingPlanner
              key={data.training.waveId}
              waveId={data.training.waveId}
              tracks={data.training.summary.tracks}
            />
          )}
          <TrainersSection
            trainers={data.trainers}
            tracks={data.training.tracks}
            waves={data.waves.map((w) => w.id)}
            canEdit={can(role, 'recordTrainer')}
          />
        </>
      )}
    </>
  );
}
