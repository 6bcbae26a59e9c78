import { formatDate, formatDecimal } from '../format/format';

export interface Outlook {
  readonly waveId: string;
  readonly switchDate: string;
  readonly eple: number;
  readonly budgetMode: string;
  readonly training: {
    readonly groups: number;
    readonly trainersNeeded: number;
    readonly trainersShort: number;
  } | null;
  readonly load: {
    readonly expected: number;
    readonly peakFrom: string;
    readonly peakExpected: number;
    readonly peakHigh: number;
  } | null;
}

const BUDGET: Record<string, string> = {
  opale: 'dans op@le',
  'gfc-opale-format': 'sous GFC au format op@le',
};

/** Each figure of a wave under the current plan and under the scenario, as text, column by column. */
const COLUMNS: readonly { readonly title: string; readonly of: (w: Outlook | undefined) => string }[] = [
  { title: 'Bascule', of: (w) => (w ? formatDate(w.switchDate) : '—') },
  { title: 'EPLE', of: (w) => (w ? String(w.eple) : '—') },
  { title: 'Premier budget', of: (w) => (w ? (BUDGET[w.budgetMode] ?? w.budgetMode) : '—') },
  { title: 'Groupes de formation', of: (w) => (w?.training ? String(w.training.groups) : '—') },
  {
    title: 'Formateurs manquants',
    of: (w) => (w?.training ? `${w.training.trainersShort} sur ${w.training.trainersNeeded}` : '—'),
  },
  {
    title: 'Tickets attendus (16 semaines)',
    of: (w) => (w?.load ? formatDecimal(Math.round(w.load.expected)) : '—'),
  },
  {
    title: 'Semaine la plus chargée',
    of: (w) =>
      w?.load
        ? `${formatDate(w.load.peakFrom)} : ${formatDecimal(Math.round(w.load.peakExpected * 10) / 10)} (jusqu’à ${w.load.peakHigh})`
        : '—',
  },
];

/** One row a wave: each figure as the current plan has it, and as the scenario would make it. */
export function ScenarioTable(props: {
  current: readonly Outlook[];
  scenario: readonly Outlook[];
  changed: readonly string[];
}) {
  const ids = [...new Set([...props.current.map((w) => w.waveId), ...props.scenario.map((w) => w.waveId)])];
  return (
    <div className="fr-table fr-table--no-caption fr-table--bordered">
      <table>
        <caption>Le plan actuel et le scénario, vague par vague</caption>
        <thead>
          <tr>
            <th scope="col">Vague</th>
            {COLUMNS.map((c) => (
              <th scope="col" key={c.title}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ids.map((id) => {
            const now = props.current.find((w) => w.waveId === id);
            const then = props.scenario.find((w) => w.waveId === id);
            return (
              <tr key={id}>
                <th scope="row">
                  {id}
                  {props.changed.includes(id) ? ' (changée)' : ''}
                </th>
                {COLUMNS.map((c) => {
                  const [a, b] = [c.of(now), c.of(then)];
                  return <td key={c.title}>{a === b ? a : <strong>{`${a} → ${b}`}</strong>}</td>;
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
