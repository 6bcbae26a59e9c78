import {
  FOLLOW_UP_KIND_LABELS,
  MILESTONE_KIND_LABELS,
  type Milestone,
  type UnfollowedDifficulty,
} from '@opale/domain';
import { FLAGGED_EPLE_HEADER } from './follow-tables.js';
import { frenchDate, type Table } from './table.js';

/** Every change of a milestone, in the order recorded, each counting from the day it was decided. */
export function milestoneHistoryTable(waveId: string, milestone: Milestone): Table {
  return {
    name: 'Historique du jalon',
    title: `Historique du jalon ${milestone.id ?? ''} de la vague ${waveId}`,
    header: [
      'Jalon',
      'Décidé le',
      'Type',
      'Libellé',
      'Prévu le',
      'Fait le',
      'Enregistré par',
      'Enregistré le',
    ],
    rows: (milestone.history ?? []).map((c) => [
      milestone.id ?? null,
      c.on === undefined ? 'dès l’origine' : frenchDate(c.on),
      MILESTONE_KIND_LABELS[c.kind],
      c.label,
      frenchDate(c.dueOn),
      c.doneOn === undefined ? null : frenchDate(c.doneOn),
      c.recordedBy,
      c.recordedAt,
    ]),
  };
}

/** The EPLE flagged on `asOf` with no follow-up since they were flagged, longest flagged first. */
export function unfollowedTable(list: readonly UnfollowedDifficulty[], asOf: string): Table {
  return {
    name: 'Signalés sans suivi',
    title: `EPLE signalés en difficulté sans suivi depuis leur signalement, au ${frenchDate(asOf)} (${list.length})`,
    header: [
      ...FLAGGED_EPLE_HEADER,
      'Signalé depuis le',
      'Jours',
      'Dernier suivi le',
      'Type du dernier suivi',
    ],
    rows: list.map((u) => [
      u.assessment.uai,
      u.assessment.name,
      u.assessment.commune,
      u.assessment.waveId,
      u.assessment.score,
      frenchDate(u.flaggedSince),
      u.daysFlagged,
      u.lastFollowUp ? frenchDate(u.lastFollowUp.on) : null,
      u.lastFollowUp ? FOLLOW_UP_KIND_LABELS[u.lastFollowUp.kind] : 'jamais',
    ]),
  };
}
