import { isScopedToOwnSchools, PERMISSIONS, resourcesAsOf } from '@opale/domain';
import type { VersionedResource } from '@opale/store';
import { builder } from '../builder.js';
import { actorOf, type Caller } from '../caller.js';
import { Conflict, InvalidInput, unwrap } from '../results.js';
import { AcademieTeamEnum } from './academie-team.js';
import { ResourceKindEnum } from './resource-kind.js';
import { RoleEnum } from './role.js';

export const ResourceRef = builder.objectRef<VersionedResource>('Resource').implement({
  description:
    'Une ressource d’accompagnement des utilisateurs d’op@le (Tribu, portail MF2, Tchap, tutorat, expert…) : ce qu’elle offre et comment la joindre.',
  fields: (t) => ({
    id: t.string({
      description: 'son identifiant, choisi par l’administrateur',
      resolve: (x) => x.resource.id,
    }),
    title: t.string({ description: 'son titre', resolve: (x) => x.resource.title }),
    kind: t.field({ type: ResourceKindEnum, description: 'son type', resolve: (x) => x.resource.kind }),
    description: t.string({
      description: 'ce qu’elle offre et comment y accéder',
      resolve: (x) => x.resource.description,
    }),
    url: t.string({
      nullable: true,
      description: 'son adresse (https) ; null si elle n’en a pas',
      resolve: (x) => x.resource.url ?? null,
    }),
    mail: t.string({
      nullable: true,
      description: 'l’adresse mail qui la joint ; null si aucune',
      resolve: (x) => x.resource.mail ?? null,
    }),
    itopPrefix: t.field({
      type: AcademieTeamEnum,
      nullable: true,
      description:
        'par quoi le titre d’un ticket ITOP doit commencer pour la joindre ; null si elle ne se joint pas par ITOP',
      resolve: (x) => x.resource.itopPrefix ?? null,
    }),
    audience: t.field({
      type: [RoleEnum],
      description: 'les rôles qu’elle sert',
      resolve: (x) => [...x.resource.audience],
    }),
    position: t.int({
      description: 'son rang dans son type, à partir de 0',
      resolve: (x) => x.resource.position,
    }),
    activeFrom: t.field({
      type: 'Date',
      description: 'le premier jour où elle est proposée',
      resolve: (x) => x.resource.activeFrom,
    }),
    activeUntil: t.field({
      type: 'Date',
      nullable: true,
      description: 'le premier jour où elle ne l’est plus (retirée) ; null tant qu’elle est proposée',
      resolve: (x) => x.resource.activeUntil ?? null,
    }),
    version: t.int({
      description: 'sa version, sur laquelle fonder un changement (`recordResource`, `retireResource`)',
      resolve: (x) => x.version,
    }),
  }),
});

builder.queryFields((t) => ({
  resources: t.field({
    type: [ResourceRef],
    description:
      'Les ressources d’accompagnement proposées au jour demandé, par type puis par rang : à un établissement, celles qui le servent ; aux équipes de l’académie, au comité et aux administrateurs, toutes.',
    authScopes: { signedIn: true },
    args: { asOf: t.arg({ type: 'Date', required: false, description: 'le jour (aujourd’hui si omis)' }) },
    resolve: async (_root, args, ctx) => {
      const role = (ctx.caller as Caller).role;
      const stored = await ctx.store.resources.list();
      const byId = new Map(stored.map((x) => [x.resource.id, x]));
      const listed = resourcesAsOf(
        stored.map((x) => x.resource),
        args.asOf ?? ctx.today,
        isScopedToOwnSchools(role) ? role : undefined,
      );
      return listed.map((r) => byId.get(r.id) as VersionedResource);
    },
  }),
}));

const errors = (what: string) => ({
  types: [InvalidInput, Conflict],
  union: { description: `Ce que répond ${what} : ce qui a été écrit, ou pourquoi rien ne l’a été.` },
  result: { description: `${what[0]?.toUpperCase()}${what.slice(1)} a réussi.` },
  dataField: { description: 'la ressource telle qu’elle est enregistrée' },
});

builder.mutationFields((t) => ({
  recordResource: t.field({
    type: ResourceRef,
    description:
      'Ajoute une ressource d’accompagnement (sans `version`) ou la change, à partir de la version lue (administrateurs). Les listes des jours passés ne changent pas : une nouvelle ressource commence aujourd’hui ou plus tard, et un début ou un retrait déjà passé ne se déplace pas ; le titre, la description et les moyens de la joindre se corrigent.',
    authScopes: { role: PERMISSIONS.recordResource },
    errors: errors('l’enregistrement d’une ressource'),
    args: {
      id: t.arg.string({
        required: true,
        description: 'son identifiant : lettres minuscules, chiffres et tirets (tribu-mf2)',
      }),
      title: t.arg.string({ required: true, description: 'son titre (120 caractères au plus)' }),
      kind: t.arg({ type: ResourceKindEnum, required: true, description: 'son type' }),
      description: t.arg.string({
        required: true,
        description: 'ce qu’elle offre et comment y accéder (1 000 caractères au plus)',
      }),
      url: t.arg.string({ required: false, description: 'son adresse, en https:// ; vide si aucune' }),
      mail: t.arg.string({ required: false, description: 'l’adresse mail qui la joint ; vide si aucune' }),
      itopPrefix: t.arg({
        type: AcademieTeamEnum,
        required: false,
        description: 'par quoi le titre d’un ticket ITOP doit commencer pour la joindre',
      }),
      audience: t.arg({
        type: [RoleEnum],
        required: true,
        description: 'les rôles qu’elle sert (un au moins)',
      }),
      position: t.arg.int({ required: false, description: 'son rang dans son type, de 0 à 999 (0 si omis)' }),
      activeFrom: t.arg({
        type: 'Date',
        required: false,
        description: 'le premier jour où elle est proposée, aujourd’hui ou plus tard (aujourd’hui si omis)',
      }),
      activeUntil: t.arg({
        type: 'Date',
        required: false,
        description: 'le premier jour où elle ne l’est plus ; omis tant qu’elle est proposée',
      }),
      version: t.arg.int({
        required: false,
        description:
          'la version lue (`version`) pour un changement ; omise pour une nouvelle ressource ; si elle a changé depuis, la réponse est un `Conflict`',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const { version, activeFrom, ...rest } = args;
      const input = { ...rest, activeFrom: activeFrom ?? ctx.today };
      return unwrap(
        await ctx.store.resources.record(
          input,
          version ?? undefined,
          actorOf(ctx.caller as Caller),
          ctx.today,
        ),
      );
    },
  }),
  retireResource: t.field({
    type: ResourceRef,
    description:
      'Retire une ressource d’accompagnement à partir d’un jour, aujourd’hui ou plus tard : les jours d’avant la gardent (administrateurs).',
    authScopes: { role: PERMISSIONS.recordResource },
    errors: errors('le retrait d’une ressource'),
    args: {
      id: t.arg.string({ required: true, description: 'son identifiant' }),
      on: t.arg({
        type: 'Date',
        required: false,
        description:
          'le premier jour où elle n’est plus proposée, aujourd’hui ou plus tard (aujourd’hui si omis)',
      }),
      version: t.arg.int({
        required: true,
        description: 'la version lue (`version`) ; si elle a changé depuis, la réponse est un `Conflict`',
      }),
    },
    resolve: async (_root, args, ctx) =>
      unwrap(
        await ctx.store.resources.retire(
          args.id,
          args.on ?? ctx.today,
          args.version,
          actorOf(ctx.caller as Caller),
          ctx.today,
        ),
      ),
  }),
}));
