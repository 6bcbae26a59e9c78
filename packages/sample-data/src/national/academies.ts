/** An académie of the generated national data: its code, name and départements. */
export interface NationalAcademie {
  readonly code: string;
  readonly name: string;
  readonly departements: readonly string[];
}

/** The 30 académies (Normandie counted once) and their départements. */
export const ACADEMIES: readonly NationalAcademie[] = [
  { code: '01', name: 'Paris', departements: ['75'] },
  { code: '02', name: 'Aix-Marseille', departements: ['04', '05', '13', '84'] },
  { code: '03', name: 'Besançon', departements: ['25', '39', '70', '90'] },
  { code: '04', name: 'Bordeaux', departements: ['24', '33', '40', '47', '64'] },
  { code: '06', name: 'Clermont-Ferrand', departements: ['03', '15', '43', '63'] },
  { code: '07', name: 'Dijon', departements: ['21', '58', '71', '89'] },
  { code: '08', name: 'Grenoble', departements: ['07', '26', '38', '73', '74'] },
  { code: '09', name: 'Lille', departements: ['59', '62'] },
  { code: '10', name: 'Lyon', departements: ['01', '42', '69'] },
  { code: '11', name: 'Montpellier', departements: ['11', '30', '34', '48', '66'] },
  { code: '12', name: 'Nancy-Metz', departements: ['54', '55', '57', '88'] },
  { code: '13', name: 'Poitiers', departements: ['16', '17', '79', '86'] },
  { code: '14', name: 'Rennes', departements: ['22', '29', '35', '56'] },
  { code: '15', name: 'Strasbourg', departements: ['67', '68'] },
  { code: '16', name: 'Toulouse', departements: ['09', '12', '31', '32', '46', '65', '81', '82'] },
  { code: '17', name: 'Nantes', departements: ['44', '49', '53', '72', '85'] },
  { code: '18', name: 'Orléans-Tours', departements: ['18', '28', '36', '37', '41', '45'] },
  { code: '19', name: 'Reims', departements: ['08', '10', '51', '52'] },
  { code: '20', name: 'Amiens', departements: ['02', '60', '80'] },
  { code: '22', name: 'Limoges', departements: ['19', '23', '87'] },
  { code: '23', name: 'Nice', departements: ['06', '83'] },
  { code: '24', name: 'Créteil', departements: ['77', '93', '94'] },
  { code: '25', name: 'Versailles', departements: ['78', '91', '92', '95'] },
  { code: '27', name: 'Corse', departements: ['2A', '2B'] },
  { code: '28', name: 'La Réunion', departements: ['974'] },
  { code: '31', name: 'Martinique', departements: ['972'] },
  { code: '32', name: 'Guadeloupe', departements: ['971'] },
  { code: '33', name: 'Guyane', departements: ['973'] },
  { code: '43', name: 'Mayotte', departements: ['976'] },
  { code: '70', name: 'Normandie', departements: ['14', '27', '50', '61', '76'] },
];

// Populous départements hold about twice the EPLE of the others.
const LARGE = new Set([
  '13',
  '31',
  '33',
  '34',
  '35',
  '38',
  '44',
  '59',
  '62',
  '69',
  '75',
  '76',
  '77',
  '78',
  '91',
  '92',
  '93',
  '94',
  '95',
  '974',
]);

/** A département's share of the EPLE, relative to an ordinary one. */
export function departementWeight(departement: string): number {
  return LARGE.has(departement) ? 2 : 1;
}

/** The first 3 digits of the UAI of a département: `080` for 80, `620`/`720` for Corsica, `974`. */
export function uaiPrefix(departement: string): string {
  if (departement === '2A') return '620';
  if (departement === '2B') return '720';
  return departement.length === 3 ? departement : `0${departement}`;
}
