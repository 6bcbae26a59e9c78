import type { Eple } from '@opale/domain';
import { type EpleRow, epleOfWave } from './eple-row.js';

// The agences comptables of the V5 slide switched earlier (V1, V2, V4): their EPLE are here.
const V1: readonly EpleRow[] = [['0800064', 'lgt', 'LGT Boucher de Perthes', 'Abbeville', '0800064']];

const V2: readonly EpleRow[] = [
  ['0020051', 'lp', 'LP C. Noël', 'Saint-Quentin', '0020051'],
  ['0020060', 'lgt', 'LGT P. de la Ramée', 'Saint-Quentin', '0020060'],
  ['0021234', 'college', 'Collège du Vermandois', 'Saint-Quentin', '0020060'],
  ['0021567', 'college', 'Collège des Marais', 'Gauchy', '0020051'],
  ['0801122', 'lp', 'Lycée professionnel du Ponthieu', 'Abbeville', '0800064'],
  ['0801333', 'college', 'Collège de la Baie', 'Saint-Valery-sur-Somme', '0800064'],
];

const V4: readonly EpleRow[] = [
  ['0020089', 'lp', 'LP Le Corbusier', 'Soissons', '0020089'],
  ['0800010', 'lp', 'LP La Hotoie', 'Amiens', '0800010'],
  ['0600022', 'lgt', 'Lycée du Valois', 'Crépy-en-Valois', '0600022'],
  ['0022345', 'college', "Collège du Val d'Aisne", 'Vailly-sur-Aisne', '0020089'],
  ['0022456', 'college', "Collège de l'Ailette", 'Anizy-le-Grand', '0020089'],
  ['0801444', 'college', 'Collège des Hortillonnages', 'Amiens', '0800010'],
  ['0801555', 'college', "Collège de l'Hallue", 'Villers-Bocage', '0800010'],
  ['0601212', 'college', 'Collège des Trois Forêts', 'Nanteuil-le-Haudouin', '0600022'],
  ['0601313', 'college', 'Collège de la Nonette', 'Senlis', '0600022'],
];

// The V5 slide: five collèges planned, and the Lycée du Vimeu added as its own agence.
const V5: readonly EpleRow[] = [
  ['0022678', 'college', 'Collège H. Matisse', 'Bohain-en-Vermandois', '0020051'],
  ['0023012', 'college', 'Collège P. de la Ramée', 'Saint-Quentin', '0020060'],
  ['0023345', 'college', 'Collège J. Mermoz', 'Belleu', '0020089'],
  ['0801666', 'college', 'Collège A. Jacques', 'Ailly-le-Haut-Clocher', '0800064'],
  ['0801777', 'college', 'Collège A. Manessier', 'Flixecourt', '0800010'],
  ['0800114', 'lpo', 'Lycée du Vimeu', 'Friville-Escarbotin', '0800114'],
];

/** The EPLE of the waves switched before V6 (V3 had none). */
export const earlyEple: readonly Eple[] = [
  ...epleOfWave('V1', V1),
  ...epleOfWave('V2', V2),
  ...epleOfWave('V4', V4),
  ...epleOfWave('V5', V5),
];
