import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed GraphQL operations for the web app, generated from the API's schema (the contract). */
const config: CodegenConfig = {
  schema: 'apps/api/src/schema.gql',
  documents: ['apps/web/src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};

export default config;
