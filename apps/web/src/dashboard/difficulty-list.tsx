import { FOLLOW_UP_KIND_LABELS, type FollowUpKind } from '@opale/domain';
import { Link } from 'react-router';
import { useDatedPath } from '../date/as-of';
import { formatDate, formatDecimal } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { DataTable } from '../ui/data-table';
import type { ServerExport } from '../ui/server-download';

export const DifficultyFragment = graphql(`
  fragment DifficultyRow on DifficultyAssessment {
    uai
    name
    commune
    waveId
    score
    reasons {
      signal
      message
    }
    followUps {
      on
      kind
      note
    }
  }
`);

/** The server's list of a wave's EPLE in difficulty as of a day, highest score first: the same rows, whole. */
export const inDifficultyOf = (wave: string, asOf: string): ServerExport => ({
  what: 'eples-list',
  params: { asOf, wave, inDifficulty: true, orderBy: 'difficulty' },
});

/** A follow-up kind as the teams name it (`visio` → "Visio ciblée"). */
export const followUpLabel = (kind: string) => FOLLOW_UP_KIND_LABELS[kind as FollowUpKind] ?? kind;

/** The EPLE in difficulty, the reasons that flagged each, and what was done for them. */
export function DifficultyList(props: {
  eple: FragmentType<typeof DifficultyFragment>[];
  caption: string;
  /** The server's list of the same EPLE, downloaded whole. */
  serverExport: ServerExport;
}) {
  const eple = getFragmentData(DifficultyFragment, props.eple);
  const dated = useDatedPath();
  return (
    <DataTable
      caption={props.caption}
      fileName="eple-en-difficulte"
      serverExport={props.serverExport}
      empty="Aucun EPLE en difficulté à cette date."
      headers={['Établissement', 'Vague', 'Score', 'Raisons', 'Suivi']}
      rows={eple.map((e) => ({
        key: e.uai,
        header: {
          text: `${e.name} (${e.commune}) ${e.uai}`,
          node: (
            <>
              <Link to={dated(`/etablissements/${e.uai}`)}>{e.name}</Link>
              <br />
              <span className="fr-text--xs">
                {e.commune} — {e.uai}
              </span>
            </>
          ),
        },
        cells: [
          e.waveId,
          formatDecimal(e.score),
          {
            text: e.reasons.map((r) => r.message).join(' ; '),
            node: (
              <ul className="fr-text--sm fr-mb-0">
                {e.reasons.map((r) => (
                  <li key={r.signal}>{r.message}</li>
                ))}
              </ul>
            ),
          },
          e.followUps.length === 0
            ? 'aucun suivi'
            : e.followUps.map((f) => `${formatDate(f.on)} ${followUpLabel(f.kind)} : ${f.note}`).join(' ; '),
        ],
      }))}
    />
  );
}
