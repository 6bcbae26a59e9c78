import { Button } from '@codegouvfr/react-dsfr/Button';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { DataTable } from '../ui/data-table';

export const TrainerRowFragment = graphql(`
  fragment TrainerRow on Trainer {
    id
    name
    fromWave
    trackIds
    unavailableWaves
    version
  }
`);

/** A trainer as the list reads it, to edit. */
export type TrainerRow = ReturnType<typeof trainerRows>[number];

/** The trainers of the fragments, for the list and the form. */
export function trainerRows(trainers: readonly FragmentType<typeof TrainerRowFragment>[]) {
  return getFragmentData(TrainerRowFragment, trainers);
}

/**
 * The volunteer trainers: the wave they come from, the tracks they can lead, the waves
 * they are not available for; an edit button per trainer for those who may change them.
 */
export function TrainerList(props: {
  trainers: readonly FragmentType<typeof TrainerRowFragment>[];
  trackLabels: ReadonlyMap<string, string>;
  onEdit?: (trainer: TrainerRow) => void;
}) {
  const trainers = trainerRows(props.trainers);
  // Tracks by their short ids, as the tracks' table names them, each with its label on hover.
  const tracks = (ids: readonly string[]) => ({
    text: ids.join(', '),
    node: ids.map((id, i) => (
      <span key={id}>
        {i > 0 && ', '}
        <abbr title={props.trackLabels.get(id) ?? id}>{id}</abbr>
      </span>
    )),
  });
  return (
    <DataTable
      caption="Formateurs volontaires, parcours animés et indisponibilités"
      fileName="formateurs"
      serverExport={{ what: 'trainers' }}
      empty="Aucun formateur enregistré."
      headers={[
        'Formateur',
        'Vague d’origine',
        'Parcours animés',
        'Indisponible pour',
        ...(props.onEdit ? [''] : []),
      ]}
      rows={trainers.map((t) => ({
        key: t.id,
        header: t.name ?? t.id,
        cells: [
          t.fromWave,
          tracks(t.trackIds),
          t.unavailableWaves.length === 0 ? 'aucune vague' : t.unavailableWaves.join(', '),
          ...(props.onEdit
            ? [
                {
                  text: '',
                  node: (
                    <Button
                      size="small"
                      priority="secondary"
                      onClick={() => props.onEdit?.(t)}
                      nativeButtonProps={{ 'aria-label': `Modifier ${t.name ?? t.id}` }}
                    >
                      Modifier
                    </Button>
                  ),
                },
              ]
            : []),
        ],
      }))}
    />
  );
}
