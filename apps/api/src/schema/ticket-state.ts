import type { TicketState } from '@opale/domain';
import { builder } from '../builder.js';
import { AcademieTeamEnum } from './academie-team.js';
import { AssistanceLevelEnum } from './assistance-level.js';
import { HandlerEnum } from './handler.js';
import { TicketStatusEnum } from './ticket-status.js';

export const TicketStateRef = builder.objectRef<TicketState>('TicketState').implement({
  description: 'Où en est un ticket au jour demandé, d’après son historique.',
  fields: (t) => ({
    status: t.expose('status', { type: TicketStatusEnum, description: 'en cours ou résolu' }),
    handler: t.expose('handler', {
      type: HandlerEnum,
      description: 'qui le traite : la colonne du tableau des demandes qui le compte',
    }),
    team: t.expose('team', {
      type: AcademieTeamEnum,
      description: 'l’équipe de l’académie qui en a la charge',
    }),
    level: t.expose('level', {
      type: AssistanceLevelEnum,
      description: 'le niveau d’assistance où il se trouve',
    }),
    escalatedTo: t.exposeString('escalatedTo', {
      nullable: true,
      description:
        'à qui il est escaladé : c2s-montpellier, daf, guerande ou integrator ; null s’il ne l’est pas (une chaîne, car ces valeurs ont un tiret, interdit dans un nom d’énumération GraphQL)',
    }),
    ageDays: t.exposeInt('ageDays', {
      description: 'son âge en jours depuis son ouverture, au jour demandé',
    }),
    openOverThreshold: t.exposeBoolean('openOverThreshold', {
      description: 'en cours depuis plus de 15 jours au jour demandé',
    }),
    resolvedOn: t.expose('resolvedOn', {
      type: 'Date',
      nullable: true,
      description: 'le jour de sa résolution ; null s’il est en cours',
    }),
  }),
});
