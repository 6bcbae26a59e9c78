import { formatDate, formatDecimal } from '../format/format';

interface Interval {
  readonly expected: number;
  readonly low: number;
  readonly high: number;
}

/** What the table needs of a week of the forecast. */
export interface TableWeek {
  readonly offset: number;
  readonly from: string;
  readonly to: string;
  readonly basedOn: readonly string[];
  readonly forecast: { readonly si2c: Interval; readonly drasi: Interval; readonly all: Interval } | null;
  readonly actual: { readonly si2c: number; readonly drasi: number; readonly all: number } | null;
}

const interval = (i: Interval | undefined) =>
  i ? `${formatDecimal(Math.round(i.expected * 10) / 10)} (${i.low} à ${i.high})` : '—';

/** Every week of the forecast: the expected tickets and their interval by team, what happened. */
export function ForecastTable(props: { weeks: readonly TableWeek[]; waveId: string }) {
  return (
    <div className="fr-table fr-table--no-caption fr-table--bordered">
      <table>
        <caption>Tickets attendus par semaine pour {props.waveId}, avec l’intervalle à 80 %</caption>
        <thead>
          <tr>
            <th scope="col">Semaine</th>
            <th scope="col">SI2C attendus</th>
            <th scope="col">DRASI attendus</th>
            <th scope="col">Total attendu</th>
            <th scope="col">Arrivés (SI2C / DRASI / total)</th>
            <th scope="col">Tirée de</th>
          </tr>
        </thead>
        <tbody>
          {props.weeks.map((w) => (
            <tr key={w.offset}>
              <th scope="row">
                {w.offset < 0 ? `S${w.offset}` : `S+${w.offset}`} · {formatDate(w.from)} – {formatDate(w.to)}
              </th>
              <td>{interval(w.forecast?.si2c)}</td>
              <td>{interval(w.forecast?.drasi)}</td>
              <td>{interval(w.forecast?.all)}</td>
              <td>
                {w.actual ? `${w.actual.si2c} / ${w.actual.drasi} / ${w.actual.all}` : 'pas encore connu'}
              </td>
              <td>{w.basedOn.length > 0 ? w.basedOn.join(', ') : 'aucune vague'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
