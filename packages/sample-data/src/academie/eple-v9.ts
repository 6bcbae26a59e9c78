import type { Eple } from '@opale/domain';
import { type EpleRow, epleOfWave } from './eple-row.js';

// Invented names and UAI in real communes: six sièges of V9 and their EPLE, and EPLE joining V8
// agences. The slides give no count for V9: forty is this demo's choice.
const ROWS: readonly EpleRow[] = [
  ['0020635', 'lpo', 'Lycée polyvalent de la Serre', 'Laon', '0020635'],
  ['0021672', 'college', 'Collège des Acacias', "Moy-de-l'Aisne", '0020635'],
  ['0022213', 'college', 'Collège des Remparts', 'Crécy-sur-Serre', '0020635'],
  ['0022417', 'college', 'Collège des Charmes', 'Braine', '0020635'],
  ['0024390', 'college', 'Collège de la Forêt', 'Rozoy-sur-Serre', '0020635'],
  ['0025121', 'college', 'Collège des Érables', 'Chauny', '0020635'],
  ['0020637', 'lpo', 'Lycée polyvalent du Soissonnais', 'Chauny', '0020637'],
  ['0021342', 'college', 'Collège du Laonnois', 'Coucy-le-Château-Auffrique', '0020637'],
  ['0027942', 'college', 'Collège de la Plaine', 'Vervins', '0020637'],
  ['0029583', 'college', 'Collège du Plateau', 'Laon', '0020637'],
  ['0029848', 'college', 'Collège des Bleuets', 'Crécy-sur-Serre', '0020637'],
  ['0029855', 'college', 'Collège des Myosotis', 'Villers-Cotterêts', '0020637'],
  ['0026332', 'college', 'Collège des Tilleuls', 'Neuilly-Saint-Front', '0024034'],
  ['0020716', 'college', 'Collège des Prés', "Moy-de-l'Aisne", '0024644'],
  ['0600990', 'lp', 'Lycée professionnel de la Verse', 'Pont-Sainte-Maxence', '0600990'],
  ['0600303', 'college', "Collège de la Vallée de l'Oise", 'Clermont', '0600990'],
  ['0603208', 'college', 'Collège de la Brèche', 'Chaumont-en-Vexin', '0600990'],
  ['0606602', 'college', 'Collège des Jardins', 'Chambly', '0600990'],
  ['0606881', 'college', 'Collège des Peupliers', 'Gouvieux', '0600990'],
  ['0607947', 'college', 'Collège des Glycines', 'Crépy-en-Valois', '0600990'],
  ['0605955', 'college', 'Collège du Pays de Bray', 'Estrées-Saint-Denis', '0601098'],
  ['0604539', 'lpo', 'Lycée polyvalent de la Nonette', 'Pont-Sainte-Maxence', '0604539'],
  ['0600803', 'college', 'Collège des Étangs', "Saint-Leu-d'Esserent", '0604539'],
  ['0603951', 'college', 'Collège des Étangs', 'Marseille-en-Beauvaisis', '0604539'],
  ['0605190', 'college', 'Collège du Beauvaisis', 'Creil', '0604539'],
  ['0605309', 'lp', 'Lycée professionnel du Valois', 'Mouy', '0604539'],
  ['0605987', 'college', 'Collège de la Source', "Saint-Leu-d'Esserent", '0604539'],
  ['0800893', 'lgt', "Lycée de l'Authie", 'Gamaches', '0800893'],
  ['0804150', 'college', 'Collège des Étangs', 'Poix-de-Picardie', '0800893'],
  ['0804747', 'college', 'Collège des Peupliers', 'Corbie', '0800893'],
  ['0806497', 'college', 'Collège du Val de Nièvre', 'Ailly-sur-Noye', '0800893'],
  ['0807804', 'college', 'Collège des Hauts de Somme', 'Bernaville', '0800893'],
  ['0809786', 'college', 'Collège des Fontaines', 'Bray-sur-Somme', '0800893'],
  ['0801099', 'lp', 'Lycée professionnel de la Bresle', 'Ham', '0801099'],
  ['0801070', 'college', 'Collège du Val de Somme', 'Bernaville', '0801099'],
  ['0803477', 'college', 'Collège des Sablons', 'Camon', '0801099'],
  ['0807247', 'college', 'Collège du Parc', 'Ailly-sur-Noye', '0801099'],
  ['0809589', 'college', 'Collège du Bois Joli', 'Molliens-Dreuil', '0801099'],
  ['0809884', 'lp', 'Lycée professionnel des Prés', 'Bray-sur-Somme', '0801099'],
  ['0800971', 'college', 'Collège de la Forêt', 'Chaulnes', '0801889'],
];

/** The 40 EPLE of V9 (bascule 01/09/2025, the end of the deployment). */
export const v9Eple: readonly Eple[] = epleOfWave('V9', ROWS);
