import { formatDate, formatDecimal, formatPercent } from '../format/format';

interface TestedWave {
  readonly waveId: string;
  readonly asOf: string;
  readonly cells: number;
  readonly nonZeroCells: number;
  readonly mape: number | null;
  readonly coverage: number;
}

/** How well the same method forecast the past waves: computed by the API, shown beside the forecast. */
export function BackTestSummary(props: {
  backTest: {
    readonly mape: number | null;
    readonly coverage: number | null;
    readonly waves: readonly TestedWave[];
  };
}) {
  const { mape, coverage, waves } = props.backTest;
  if (waves.length === 0)
    return (
      <p className="fr-text--sm">
        Aucune vague passée n’a pu être prévue à partir des vagues d’avant elle : la justesse de la méthode
        n’est pas encore mesurable.
      </p>
    );
  return (
    <>
      <p>
        Sur {waves.map((w) => w.waveId).join(', ')}, prévues chacune à partir des vagues d’avant elle, la
        méthode s’est écartée en moyenne de{' '}
        <strong>{formatPercent(Math.trunc((mape ?? 0) * 100) / 100)}</strong> (semaines avec des tickets) et{' '}
        <strong>{formatPercent(Math.trunc((coverage ?? 0) * 10000) / 100)}</strong> des semaines sont tombées
        dans l’intervalle à 80 %.
      </p>
      <div className="fr-table fr-table--no-caption">
        <table>
          <caption>Test rétrospectif par vague</caption>
          <thead>
            <tr>
              <th scope="col">Vague</th>
              <th scope="col">Prévue au</th>
              <th scope="col">Semaines × équipes</th>
              <th scope="col">Erreur moyenne</th>
              <th scope="col">Dans l’intervalle</th>
            </tr>
          </thead>
          <tbody>
            {waves.map((w) => (
              <tr key={w.waveId}>
                <th scope="row">{w.waveId}</th>
                <td>{formatDate(w.asOf)}</td>
                <td>
                  {w.cells} (dont {w.nonZeroCells} avec des tickets)
                </td>
                <td>{w.mape === null ? '—' : `${formatDecimal(Math.round(w.mape * 10) / 10)} %`}</td>
                <td>{formatPercent(Math.trunc(w.coverage * 10000) / 100)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
