import { describe, expect, it } from 'vitest';
import { agenceRuleViolations, agencesComptables } from './agence.js';
import type { Eple, EpleKind } from './eple.js';
import { makeUai } from './uai.js';
import type { Wave } from './wave.js';

const calendar: [string, string][] = [
  ['V1', '2021-01-01'],
  ['V2', '2022-01-01'],
  ['V4', '2023-01-01'],
  ['V5', '2023-09-01'],
  ['V6', '2024-01-01'],
];
const waves: Wave[] = calendar.map(([id, switchDate]) => ({
  id,
  number: Number(id.slice(1)),
  switchDate,
  plannedCount: null,
  milestones: [],
}));

function eple(
  digits: string,
  name: string,
  kind: EpleKind,
  commune: string,
  waveId: string,
  agence = digits,
): Eple {
  return {
    uai: makeUai(digits),
    name,
    kind,
    commune,
    departement: digits.startsWith('002') ? '02' : '80',
    agenceUai: makeUai(agence),
    waveId,
    createdOn: '2023-06-15',
  };
}

// The V5 slide, establishment → agence comptable; UAI and the agences' waves are invented.
const agences = [
  eple('0020201', 'LP C. Noël', 'lp', 'Saint-Quentin', 'V4'),
  eple('0020202', 'LGT P. de la Ramée', 'lgt', 'Saint-Quentin', 'V2'),
  eple('0020203', 'LP Le Corbusier', 'lp', 'Soissons', 'V4'),
  eple('0800201', 'LGT Boucher de Perthes', 'lgt', 'Abbeville', 'V4'),
  eple('0800202', 'LP La Hotoie', 'lp', 'Amiens', 'V1'),
];
const v5 = [
  eple('0020101', 'Collège H. Matisse', 'college', 'Bohain-en-Vermandois', 'V5', '0020201'),
  eple('0020102', 'Collège P. de la Ramée', 'college', 'Saint-Quentin', 'V5', '0020202'),
  eple('0020103', 'Collège J. Mermoz', 'college', 'Belleu', 'V5', '0020203'),
  eple('0800101', 'Collège A. Jacques', 'college', 'Ailly-le-Haut-Clocher', 'V5', '0800201'),
  eple('0800102', 'Collège A. Manessier', 'college', 'Flixecourt', 'V5', '0800202'),
  eple('0800103', 'Lycée du Vimeu', 'lpo', 'Friville-Escarbotin', 'V5'),
];
const academie = [...v5, ...agences];

describe('agencesComptables', () => {
  it('groups the V5 collèges under their agences, sorted by siège', () => {
    const result = agencesComptables(academie);
    expect(result.map((a) => a.siegeUai)).toEqual(
      ['0020201', '0020202', '0020203', '0800103', '0800201', '0800202'].map(makeUai),
    );
    expect(result[0]).toEqual({
      siegeUai: makeUai('0020201'),
      siege: agences[0],
      rattaches: [makeUai('0020101')],
    });
  });

  it('lists the Lycée du Vimeu as its own agence with no rattaché', () => {
    const vimeu = agencesComptables(academie).find((a) => a.siegeUai === makeUai('0800103'));
    expect(vimeu).toEqual({ siegeUai: makeUai('0800103'), siege: v5[5], rattaches: [] });
  });

  it('keeps an agence whose siège is not among the EPLE, with a null siège', () => {
    const result = agencesComptables(v5.slice(0, 2));
    expect(result).toEqual([
      { siegeUai: makeUai('0020201'), siege: null, rattaches: [makeUai('0020101')] },
      { siegeUai: makeUai('0020202'), siege: null, rattaches: [makeUai('0020102')] },
    ]);
  });
});

describe('agenceRuleViolations', () => {
  it('finds none in the V5 slide', () => {
    expect(agenceRuleViolations(academie, waves)).toEqual([]);
  });

  it('allows an EPLE to switch with its agence', () => {
    const sameWave = academie.map((e) => (e.name === 'LP C. Noël' ? { ...e, waveId: 'V5' } : e));
    expect(agenceRuleViolations(sameWave, waves)).toEqual([]);
  });

  it('reports an EPLE that switches before its agence, naming both waves', () => {
    const late = academie.map((e) => (e.name === 'LP C. Noël' ? { ...e, waveId: 'V6' } : e));
    const violations = agenceRuleViolations(late, waves);
    expect(violations).toHaveLength(1);
    const [v] = violations;
    expect(v).toMatchObject({
      uai: makeUai('0020101'),
      waveId: 'V5',
      agenceUai: makeUai('0020201'),
      agenceWaveId: 'V6',
      kind: 'switches-before-agence',
    });
    expect(v?.message).toContain('Collège H. Matisse');
    expect(v?.message).toContain('vague V5 (01/09/2023)');
    expect(v?.message).toContain('LP C. Noël');
    expect(v?.message).toContain('vague V6 (01/01/2024)');
  });

  it('compares by bascule date, not by wave number', () => {
    const odd = waves.map((w) => (w.id === 'V4' ? { ...w, switchDate: '2023-10-01' } : w));
    const uais = agenceRuleViolations(academie, odd).map((v) => v.uai);
    expect(uais).toEqual(['0020101', '0020103', '0800101'].map(makeUai));
  });

  it('reports an agence missing from the EPLE', () => {
    const [v] = agenceRuleViolations(v5.slice(0, 1), waves);
    expect(v).toMatchObject({ uai: makeUai('0020101'), agenceWaveId: null, kind: 'unknown-agence' });
    expect(v?.message).toContain('V5');
    expect(v?.message).toContain(makeUai('0020201'));
  });
});
