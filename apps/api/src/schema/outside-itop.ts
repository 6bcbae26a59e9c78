import type { OutsideItop } from '@opale/domain';
import { builder } from '../builder.js';

export const OutsideItopRef = builder.objectRef<OutsideItop>('OutsideItop').implement({
  description:
    'Les demandes reçues hors ITOP (mail, téléphone, visio) sur la période du tableau ITOP : une ligne à part, jamais comptée dans le tableau.',
  fields: (t) => ({
    from: t.expose('from', { type: 'Date', description: 'le premier jour compté : la rentrée scolaire' }),
    asOf: t.expose('asOf', { type: 'Date', description: 'le jour des chiffres' }),
    total: t.exposeInt('total', { description: 'toutes les demandes hors ITOP de la période' }),
    national: t.exposeInt('national', { description: 'escaladées au niveau national au jour des chiffres' }),
    si2c: t.exposeInt('si2c', { description: 'entre les mains du SI2C au jour des chiffres' }),
    drasi: t.exposeInt('drasi', { description: 'entre les mains de la DRASI au jour des chiffres' }),
    mail: t.int({ description: 'reçues par mail', resolve: (o) => o.byChannel.mail }),
    phone: t.int({ description: 'reçues par téléphone', resolve: (o) => o.byChannel.phone }),
    visio: t.int({ description: 'reçues en visio', resolve: (o) => o.byChannel.visio }),
  }),
});
