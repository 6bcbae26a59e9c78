import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import type { FragmentType } from '../gql';
import { TrainerForm } from './trainer-form';
import { TrainerList, type TrainerRow, type TrainerRowFragment } from './trainer-list';

/**
 * The volunteer trainers with, for those who may change them, a form to add one or edit the one
 * chosen; what was written is said once the form closes.
 */
export function TrainersSection(props: {
  trainers: readonly FragmentType<typeof TrainerRowFragment>[];
  tracks: readonly { id: string; label: string; grouped: boolean }[];
  waves: readonly string[];
  canEdit: boolean;
}) {
  const [editing, setEditing] = useState<TrainerRow | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const grouped = props.tracks.filter((t) => t.grouped);
  const open = (trainer: TrainerRow | 'new') => {
    setNotice(null);
    setEditing(trainer);
  };
  return (
    <section aria-labelledby="formateurs-titre" className="fr-mt-4w">
      <h2 id="formateurs-titre" className="fr-h4">
        Formateurs volontaires
      </h2>
      <p className="fr-text--sm">
        Chaque groupe est animé par un binôme de formateurs disponibles pour la vague et pouvant animer son
        parcours.
      </p>
      {notice && <Alert severity="success" small description={notice} className="fr-mb-2w" />}
      <TrainerList
        trainers={props.trainers}
        trackLabels={new Map(props.tracks.map((t) => [t.id, t.label]))}
        onEdit={props.canEdit ? open : undefined}
      />
      {props.canEdit && editing === null && (
        <Button priority="secondary" onClick={() => open('new')} className="opale-no-print">
          Ajouter un formateur
        </Button>
      )}
      {props.canEdit && editing !== null && (
        <TrainerForm
          key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
          trainer={editing === 'new' ? null : editing}
          tracks={grouped}
          waves={props.waves}
          onDone={(message) => {
            setEditing(null);
            setNotice(message);
          }}
        />
      )}
    </section>
  );
}
