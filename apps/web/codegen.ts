import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// Types come from the API's committed schema, never from a running server: the client builds
// offline and a change of the schema shows up as a type error here.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        scalars: { Date: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
        // Each document carries the SHA-256 of its text (`__meta__.hash`), and
        // persisted-documents.json maps each hash to its text: the API reads it from the built
        // client, so that a query goes by GET with its hash instead of its 4 kB text.
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      // urql's document cache adds `__typename` to every selection before sending: added here,
      // the text the API stores is the one the client means.
      documentTransforms: [addTypenameSelectionDocumentTransform],
    },
  },
};

export default config;
