import type { CodegenConfig } from '@graphql-codegen/cli';
import { getSchema, pluckConfig, preset } from '@shopify/hydrogen-codegen';

/** Types for every #graphql document in the storefront, checked against the official 2026-04 schema. */
export default {
  overwrite: true,
  pluckConfig,
  generates: {
    'app/storefrontapi.generated.d.ts': {
      preset,
      schema: getSchema('storefront'),
      documents: [
        './app/routes/**/*.{ts,tsx}',
        './app/storefront/**/*.{ts,tsx}',
        './app/lib/**/*.{ts,tsx}',
        './app/components/**/*.{ts,tsx}',
      ],
    },
  },
} as CodegenConfig;
