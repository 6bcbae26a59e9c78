import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { formatDate } from '../format/format';
import type { Scenario } from './scenario-url';

/** The changes of a scenario, each with a button to take it back, and the forms to add one. */
export function ScenarioForm(props: {
  scenario: Scenario;
  waves: readonly { readonly id: string; readonly switchDate: string }[];
  onChange: (scenario: Scenario) => void;
}) {
  const { scenario, waves, onChange } = props;
  const [uai, setUai] = useState('');
  const [toWave, setToWave] = useState(waves.at(-1)?.id ?? '');
  const [waveId, setWaveId] = useState(waves.at(-1)?.id ?? '');
  const [switchDate, setSwitchDate] = useState('');
  const addMove = () => {
    const code = uai.trim().toUpperCase();
    if (!code || !toWave) return;
    onChange({
      ...scenario,
      moves: [...scenario.moves.filter((m) => m.uai !== code), { uai: code, toWave }],
    });
    setUai('');
  };
  const addDate = () => {
    if (!waveId || !switchDate) return;
    onChange({
      ...scenario,
      switchDates: [...scenario.switchDates.filter((d) => d.waveId !== waveId), { waveId, switchDate }],
    });
  };
  return (
    <div className="fr-grid-row fr-grid-row--gutters opale-no-print">
      <form
        className="fr-col-12 fr-col-md-6"
        aria-label="Déplacer un EPLE"
        onSubmit={(e) => {
          e.preventDefault();
          addMove();
        }}
      >
        <h2 className="fr-h6">Déplacer un EPLE dans une autre vague</h2>
        <Input
          label="UAI de l’EPLE"
          nativeInputProps={{ value: uai, onChange: (e) => setUai(e.currentTarget.value) }}
        />
        <Select
          label="Vers la vague"
          nativeSelectProps={{ value: toWave, onChange: (e) => setToWave(e.currentTarget.value) }}
        >
          {waves.map((w) => (
            <option key={w.id} value={w.id}>
              {w.id}
            </option>
          ))}
        </Select>
        <Button type="submit" priority="secondary" size="small">
          Ajouter ce déplacement
        </Button>
      </form>
      <form
        className="fr-col-12 fr-col-md-6"
        aria-label="Déplacer une bascule"
        onSubmit={(e) => {
          e.preventDefault();
          addDate();
        }}
      >
        <h2 className="fr-h6">Changer le jour d’une bascule</h2>
        <Select
          label="Vague"
          nativeSelectProps={{ value: waveId, onChange: (e) => setWaveId(e.currentTarget.value) }}
        >
          {waves.map((w) => (
            <option key={w.id} value={w.id}>
              {w.id} — bascule le {formatDate(w.switchDate)}
            </option>
          ))}
        </Select>
        <Input
          label="Nouveau jour de bascule"
          nativeInputProps={{
            type: 'date',
            value: switchDate,
            onChange: (e) => setSwitchDate(e.currentTarget.value),
          }}
        />
        <Button type="submit" priority="secondary" size="small">
          Ajouter ce changement
        </Button>
      </form>
      {(scenario.moves.length > 0 || scenario.switchDates.length > 0) && (
        <div className="fr-col-12">
          <h2 className="fr-h5">Les changements du scénario</h2>
          <ul>
            {scenario.moves.map((m) => (
              <li key={`move-${m.uai}`}>
                {m.uai} en vague {m.toWave}{' '}
                <Button
                  priority="tertiary no outline"
                  size="small"
                  onClick={() => onChange({ ...scenario, moves: scenario.moves.filter((x) => x !== m) })}
                >
                  Retirer<span className="fr-sr-only"> le déplacement de {m.uai}</span>
                </Button>
              </li>
            ))}
            {scenario.switchDates.map((d) => (
              <li key={`date-${d.waveId}`}>
                {d.waveId} bascule le {formatDate(d.switchDate)}{' '}
                <Button
                  priority="tertiary no outline"
                  size="small"
                  onClick={() =>
                    onChange({ ...scenario, switchDates: scenario.switchDates.filter((x) => x !== d) })
                  }
                >
                  Retirer<span className="fr-sr-only"> le changement de bascule de {d.waveId}</span>
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
