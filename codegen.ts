import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The schema (server/graphql/schema/*.graphql) is the one contract: this generates the server's
 * resolver types and the client's typed documents from it. `npm run codegen` writes them;
 * `npm run codegen:check` (part of `npm run check`) fails when they are stale.
 */
const scalars = { ID: 'string', JSON: 'unknown' };

const config: CodegenConfig = {
  schema: 'server/graphql/schema/*.graphql',
  // Every operation the client sends lives in client/src/api/<area>.ts, written with graphql().
  documents: ['client/src/api/*.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'server/graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars,
        contextType: '../context.js#Context',
        // Resolvers return repository rows, which the field resolvers complete: parents are typed
        // by the repositories, not by the schema's full object types.
        defaultMapper: 'Partial<{T}>',
        mappers: {
          Chain: '../../repositories/chains.js#ChainRow',
          Region: '../../repositories/entities.js#RegionRow',
          Segment: '../../repositories/entities.js#SegmentRow',
          Enterprise: '../../repositories/entities.js#EnterpriseRow',
          Project: '../../repositories/entities.js#ProjectRow',
          SegmentStatus: '../../repositories/chain-status.js#SegmentStatusRow',
          Park: '../../repositories/elements.js#ParkParent',
          Parcel: '../../repositories/elements.js#ParcelParent',
          Fund: '../../repositories/elements.js#FundParent',
          Platform: '../../repositories/elements.js#PlatformParent',
          User: '../../auth/service.js#UserRow',
          Me: '../../auth/policy.js#SignedIn',
          SavedQuery: '../../console/saved-queries.js#SavedQuery as SavedQueryRow',
        },
        useIndexSignature: true,
        avoidOptionals: { field: false, inputValue: false, object: false, defaultValue: true },
      },
    },
    // The schema's enums and objects for layers below GraphQL (repositories), which import nothing
    // from server/graphql.
    'server/generated/schema-types.ts': {
      plugins: ['typescript'],
      config: { useTypeImports: true, enumsAsTypes: true, scalars },
    },
    'client/src/api/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents as strings with their types: the client posts them with fetch, no GraphQL runtime.
        documentMode: 'string',
        // Imports with .js, so that bench/ (Node, NodeNext resolution) can reuse the client's documents.
        importExtension: '.js',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};

export default config;
