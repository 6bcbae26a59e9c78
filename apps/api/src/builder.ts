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
  relay: { clientMutationId: 'omit', cursorType: 'String' },
  errors: { defaultTypes: [] },
});
