import type { Eple } from '@opale/domain';
import { type EpleRow, epleOfWave } from './eple-row.js';

// Invented names and UAI in real communes: three sièges of V7, and EPLE joining V6 agences.
const ROWS: readonly EpleRow[] = [
  ['0021773', 'lp', 'Lycée professionnel du Vermandois', 'Château-Thierry', '0021773'],
  ['0020538', 'college', 'Collège des Cèdres', 'Vervins', '0021773'],
  ['0021524', 'college', 'Collège de la Plaine', 'Tergnier', '0021773'],
  ['0023438', 'college', 'Collège des Lilas', 'Tergnier', '0021773'],
  ['0024470', 'college', 'Collège des Étangs', 'Neuilly-Saint-Front', '0021773'],
  ['0027565', 'college', 'Collège de la Source', 'Wassigny', '0021773'],
  ['0028138', 'college', 'Collège du Bocage', 'Rozoy-sur-Serre', '0021773'],
  ['0029815', 'college', 'Collège des Charmes', 'Oulchy-le-Château', '0021773'],
  ['0026550', 'college', 'Collège des Charmes', 'Crécy-sur-Serre', '0024419'],
  ['0021167', 'lp', 'Lycée professionnel des Bleuets', 'Vic-sur-Aisne', '0025579'],
  ['0022046', 'college', 'Collège de la Citadelle', 'Neuilly-Saint-Front', '0027428'],
  ['0604568', 'lp', 'Lycée professionnel des Jardins', 'Maignelay-Montigny', '0602652'],
  ['0604601', 'college', 'Collège du Bois Joli', 'Attichy', '0604375'],
  ['0602000', 'college', 'Collège du Moulin', 'Méru', '0606087'],
  ['0608838', 'lp', 'Lycée professionnel du Pays de Thelle', 'Grandvilliers', '0608838'],
  ['0603193', 'college', 'Collège du Thérain', 'Chantilly', '0608838'],
  ['0604816', 'college', 'Collège du Clermontois', 'Crèvecœur-le-Grand', '0608838'],
  ['0606130', 'college', 'Collège des Cèdres', 'Creil', '0608838'],
  ['0606503', 'college', 'Collège de la Rivière', 'Lassigny', '0608838'],
  ['0607796', 'college', 'Collège de la Chaussée', 'Margny-lès-Compiègne', '0608838'],
  ['0608170', 'college', 'Collège du Thérain', 'Maignelay-Montigny', '0608838'],
  ['0804000', 'lgt', 'Lycée du Val de Somme', 'Doullens', '0804000'],
  ['0804141', 'college', 'Collège des Marronniers', 'Gamaches', '0804000'],
  ['0804326', 'college', 'Collège des Trois Vallées', 'Roye', '0804000'],
  ['0805087', 'lp', 'Lycée professionnel des Glycines', 'Roye', '0804000'],
  ['0807913', 'college', 'Collège du Champ de Mars', 'Conty', '0804000'],
  ['0808787', 'college', 'Collège de la Plaine', 'Abbeville', '0804000'],
  ['0809567', 'lp', 'Lycée professionnel de la Source', 'Roisel', '0804000'],
];

/** The 28 EPLE of V7 (bascule 01/09/2024). */
export const v7Eple: readonly Eple[] = epleOfWave('V7', ROWS);
