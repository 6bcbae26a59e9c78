import type { Role } from '@opale/domain';
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { Context } from './context.js';

/** The schema builder: plugins, scalars and the context type; types are defined in `schema/`. */
export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: { Date: { Input: string; Output: string } };
  AuthScopes: {
    /** Any signed-in user. */
    signedIn: boolean;
    /** One of these roles. */
    role: readonly Role[];
  };
  DefaultFieldNullability: false;
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: async (context) => ({
      signedIn: context.caller !== null,
      role: (roles) => context.caller !== null && roles.includes(context.caller.role),
    }),
  },
  // The types and arguments the relay plugin adds are described in French like ours.
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    idFieldOptions: { description: 'Identifiant global de l’objet, à passer à `node` ou `nodes`.' },
    nodeTypeOptions: {
      description: 'Un objet que l’on peut relire par son identifiant global (`node`, `nodes`).',
    },
    nodeQueryOptions: {
      description:
        'Un objet par son identifiant global ; null s’il est inconnu ou hors de portée de l’appelant (un établissement ne voit que les siens).',
      args: { id: { description: 'l’identifiant global (`id`) lu sur l’objet' } },
    },
    nodesQueryOptions: {
      description:
        'Des objets par leurs identifiants globaux, dans l’ordre demandé ; null pour chacun qui est inconnu ou hors de portée de l’appelant.',
      args: { ids: { description: 'les identifiants globaux (`id`) lus sur les objets' } },
    },
    pageInfoTypeOptions: { description: 'Où en est la lecture d’une liste paginée.' },
    hasNextPageFieldOptions: { description: 'vrai s’il reste des éléments après cette page' },
    hasPreviousPageFieldOptions: { description: 'vrai s’il y a des éléments avant cette page' },
    startCursorFieldOptions: {
      description: 'le curseur du premier élément de la page (null si la page est vide)',
    },
    endCursorFieldOptions: {
      description: 'le curseur du dernier élément de la page, à passer à `after` pour la suivante',
    },
    firstArgOptions: { description: 'combien d’éléments après `after` (100 au plus)' },
    afterArgOptions: { description: 'le curseur (`endCursor`) après lequel commencer' },
    lastArgOptions: { description: 'combien d’éléments avant `before` (100 au plus)' },
    beforeArgOptions: { description: 'le curseur (`startCursor`) avant lequel finir' },
    defaultConnectionTypeOptions: {
      description: 'Une page d’une liste, avec ses éléments et où en est la lecture.',
    },
    defaultEdgeTypeOptions: { description: 'Un élément d’une page et son curseur.' },
    pageInfoFieldOptions: { description: 'où en est la lecture : y a-t-il une page avant, une après' },
    edgesFieldOptions: { description: 'les éléments de la page, chacun avec son curseur' },
    nodeFieldOptions: { description: 'l’élément' },
    cursorFieldOptions: { description: 'le curseur de cet élément, à passer à `after` ou `before`' },
  },
  errors: { defaultTypes: [] },
});
