// ESLint lints only GraphQL here (biome does the TypeScript): the printed schema, so that it stays
// described and consistent, and the analysts' examples, validated against that schema.
import graphql from '@graphql-eslint/eslint-plugin';

const schema = 'schema.graphql';
const operations = 'examples/*.graphql';

export default [
  {
    files: [schema, operations],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig: { schema, documents: operations } },
    },
    plugins: { '@graphql-eslint': graphql },
  },
  {
    files: [schema],
    rules: {
      '@graphql-eslint/require-description': [
        'error',
        { types: true, FieldDefinition: true, InputValueDefinition: true, EnumValueDefinition: true },
      ],
      // Enum values are left as they are: camelCase, but the teams keep their acronyms (DRASI, SI2C).
      '@graphql-eslint/naming-convention': [
        'error',
        { types: 'PascalCase', FieldDefinition: 'camelCase', InputValueDefinition: 'camelCase' },
      ],
      '@graphql-eslint/no-unreachable-types': 'error',
      '@graphql-eslint/no-hashtag-description': 'error',
      '@graphql-eslint/unique-enum-value-names': 'error',
    },
  },
  {
    files: [operations],
    rules: {
      '@graphql-eslint/executable-definitions': 'error',
      '@graphql-eslint/known-type-names': 'error',
      '@graphql-eslint/fields-on-correct-type': 'error',
      '@graphql-eslint/known-argument-names': 'error',
      '@graphql-eslint/provided-required-arguments': 'error',
      '@graphql-eslint/scalar-leafs': 'error',
      '@graphql-eslint/variables-are-input-types': 'error',
      '@graphql-eslint/variables-in-allowed-position': 'error',
      '@graphql-eslint/no-unused-variables': 'error',
      '@graphql-eslint/no-undefined-variables': 'error',
      '@graphql-eslint/no-deprecated': 'error',
    },
  },
];
