import { describeDifficultyRule } from './difficulty-words.js';
import { FOLLOW_UP_KIND_LABELS } from './follow-up.js';
import { formatPercentFr } from './rate.js';
import type { CommitteeReport } from './report.js';
import type { TicketRow } from './ticket-table.js';

const frDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

const ticketCells = (label: string, row: TicketRow) => [label, row.total, row.national, row.si2c, row.drasi];

/**
 * The committee's report as a Markdown document in French, the way the committee's slides lay it
 * out: waves, budgets exécutoires, kit de bascule, assistance tickets, EPLE in difficulty, training.
 */
export function reportToMarkdown(report: CommitteeReport): string {
  const lines: string[] = [
    `# Comité de suivi du déploiement d'op@le — ${report.academie.name}`,
    '',
    `Situation au ${frDate(report.asOf)}. Bac à sable et FM1 : données du dimanche ${frDate(report.environments.sandbox)}.`,
    '',
    '## Vagues de déploiement',
    '',
    ...table(
      [
        'Vague',
        'Bascule',
        'EPLE prévus',
        'EPLE rattachés',
        'Budgets exécutoires',
        'Kit < 10 %',
        'Kit 10–30 %',
        'Kit > 30 %',
        'Jalons en retard',
      ],
      report.waves.map((w) => [
        w.id,
        frDate(w.switchDate),
        w.counts.plannedCount ?? '—',
        w.counts.mismatch ? `${w.counts.attachedCount} (écart)` : w.counts.attachedCount,
        `${w.budget.executoire} / ${w.budget.total} (${formatPercentFr(w.budget.rate.percent)})`,
        w.kit.buckets.below10,
        w.kit.buckets.from10To30,
        w.kit.buckets.above30,
        w.milestones.filter((m) => m.state === 'late').length,
      ]),
    ),
    '',
  ];
  const late = report.waves.flatMap((w) =>
    w.milestones.filter((m) => m.state === 'late').map((m) => ({ w, m })),
  );
  if (late.length > 0) {
    lines.push(
      'Jalons en retard :',
      '',
      ...late.map(
        ({ w, m }) => `- ${w.id} : ${m.label} (prévu le ${frDate(m.dueOn)}, ${m.daysLate} jours de retard)`,
      ),
      '',
    );
  }
  const t = report.tickets;
  const outside = report.outsideItop;
  lines.push(
    `## Demandes d'assistance sur ITOP depuis le ${frDate(t.from)}`,
    '',
    ...table(
      ['', 'Total', 'Remontées au national', 'Prise en charge par le SI2C', 'Prise en charge par la DRASI'],
      [
        ticketCells('Tous statuts', t.all),
        ticketCells('Demandes résolues', t.resolved),
        ticketCells('Demandes en cours', t.inProgress),
        ticketCells(`Demandes en cours de plus de ${t.staleAfterDays} j`, t.inProgressOverThreshold),
      ],
    ),
    '',
    `Demandes hors ITOP sur la même période : ${outside.total} (SI2C ${outside.si2c}, DRASI ${outside.drasi}, national ${outside.national} ; mail ${outside.byChannel.mail}, téléphone ${outside.byChannel.phone}, visio ${outside.byChannel.visio}), jamais comptées dans ce tableau.`,
    '',
    `## Établissements en difficulté (${report.difficulty.eple.length} sur ${report.difficulty.assessed} suivis)`,
    '',
    `Règle appliquée : ${describeDifficultyRule(report.difficulty.config)}`,
    '',
  );
  for (const e of report.difficulty.eple) {
    lines.push(
      `- **${e.name}**, ${e.commune} (${e.uai}, ${e.waveId}) — score ${e.score} : ${e.reasons.map((r) => r.message).join(' ; ')}`,
    );
    for (const f of e.followUps)
      lines.push(`  - ${FOLLOW_UP_KIND_LABELS[f.kind]} le ${frDate(f.on)} : ${f.note}`);
  }
  for (const plan of report.training) {
    lines.push(
      '',
      `## Formation ${plan.waveId}`,
      '',
      ...table(
        ['Parcours', 'Personnels', 'Groupes', 'Binômes', 'Formateurs', 'Présentiel (j)', 'À distance (h)'],
        plan.tracks.map((tr) => [
          tr.label,
          tr.staff,
          tr.grouped ? tr.groups : '—',
          tr.grouped ? tr.pairs : '—',
          tr.grouped ? tr.trainers : '—',
          String(tr.presentialDays).replace('.', ','),
          tr.remoteHours || '—',
        ]),
      ),
      '',
      `Total : ${plan.totals.staff} personnels dont ${plan.tracks.filter((tr) => tr.grouped).reduce((n, tr) => n + tr.staff, 0)} en groupes, ${plan.totals.groups} groupes, ${plan.totals.pairs} binômes, ${plan.totals.trainers} formateurs.`,
    );
  }
  if (report.agenceRuleViolations.length > 0) {
    lines.push(
      '',
      '## Règle des agences comptables',
      '',
      ...report.agenceRuleViolations.map((v) => `- ${v.message}`),
    );
  }
  return `${lines.join('\n')}\n`;
}
