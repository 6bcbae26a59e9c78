import type { Resource, Role } from '@opale/domain';

// The support the committee of 22/01/2024 lists ("Les outils d'accompagnement"), as the admin
// would record them. The slides give no web addresses: those of Tribu and Tchap are the public
// addresses of the platforms themselves, the others are reached from éduline. The slides cut the
// mail address short ("si2c-opale@ac-lille"); it is completed with the académie's domain.
// The days: the ministry's tools from the first wave's bascule (V1, 01/01/2021); Tchap and the
// users' Tribu space from the rentrée 2022 (the slides' date); the expert from 01/09/2023; the
// tutoring, new with V6, from the tutors' meeting of 18/12/2023, its first dated trace.

const USERS: readonly Role[] = ['si2c', 'drasi', 'eple'];
const TRIBU = 'https://tribu.phm.education.gouv.fr';

/** The académie's support resources, as the slides name them. */
export const academieResources: readonly Resource[] = [
  {
    id: 'portail-mf2',
    title: 'Portail MF2',
    kind: 'portal',
    description:
      'Accessible depuis éduline. Informe des opérations de maintenance, des dysfonctionnements constatés, des consignes sur les actions à mener et du détail de chaque version. Abonnez-vous à ses publications et interrogez l’assistant virtuel @loa.',
    audience: USERS,
    position: 0,
    activeFrom: '2021-01-01',
  },
  {
    id: 'kit-de-bascule',
    title: 'Kit de bascule',
    kind: 'tool',
    description:
      'Outil du ministère pour les EPLE qui entrent dans une vague : la liste des actions du chef d’établissement, de l’agent comptable, du fondé de pouvoir et de l’ADSI, pour guider les premiers pas dans op@le.',
    audience: USERS,
    position: 0,
    activeFrom: '2021-01-01',
  },
  {
    id: 'bac-a-sable',
    title: 'Bac à sable',
    kind: 'tool',
    description:
      'Pour tester des opérations avec des données réelles sans aucun risque : mis à jour chaque dimanche soir à partir de la production, sans lien avec les systèmes de production, ouvert à tout utilisateur d’op@le.',
    audience: USERS,
    position: 1,
    activeFrom: '2021-01-01',
  },
  {
    id: 'tribu-mf2',
    title: 'Tribu « MF² – Espace documentaire OP@LE et OPER@ »',
    kind: 'community',
    description: 'L’espace documentaire du ministère sur op@le et oper@.',
    url: TRIBU,
    audience: USERS,
    position: 0,
    activeFrom: '2021-01-01',
  },
  {
    id: 'tribu-hdf',
    title: 'Tribu des utilisateurs op@le des Hauts-de-France',
    kind: 'community',
    description:
      'Accessible depuis éduline : fiches de procédures, supports de présentation, capsules vidéo, pas à pas… déposés pour les utilisateurs de la région académique.',
    url: TRIBU,
    audience: USERS,
    position: 1,
    activeFrom: '2022-09-01',
  },
  {
    id: 'tchap-hdf',
    title: 'Salon Tchap inter-académique op@le Hauts-de-France',
    kind: 'chat',
    description:
      'Un salon privé de la messagerie sécurisée des agents de l’État, réservé aux utilisateurs op@le de la région académique : un réseau d’entraide entre utilisateurs.',
    url: 'https://www.tchap.gouv.fr',
    audience: USERS,
    position: 0,
    activeFrom: '2022-09-01',
  },
  {
    id: 'tutorat',
    title: 'Tutorat op@le',
    kind: 'tutoring',
    description:
      'Nouveau dispositif d’accompagnement déployé pour la vague 6 : des tuteurs accompagnent les établissements qui entrent dans op@le. Réunion académique d’échanges avec les tuteurs le 18/12/2023.',
    audience: ['si2c', 'eple'],
    position: 0,
    activeFrom: '2023-12-18',
  },
  {
    id: 'expert-budgetaire',
    title: 'Expert budgétaire et financier',
    kind: 'expert',
    description:
      'Un renfort au sein du Bureau du Conseil, ancien fondé de pouvoir d’un EPLE de la vague 4 : joignable par ITOP, en débutant votre ticket par SI2C, ou par mail.',
    mail: 'si2c-opale@ac-lille.fr',
    itopPrefix: 'SI2C',
    audience: ['si2c', 'eple'],
    position: 0,
    activeFrom: '2023-09-01',
  },
];
