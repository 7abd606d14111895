import type { CollectionRow } from '#app/modules/catalog/collections.server.ts';

/** What a Collection field resolves from (its own file: product and query resolvers both make them). */
export interface CollectionRef {
  __typename: 'Collection';
  row: CollectionRow;
}

export const collectionRef = (row: CollectionRow): CollectionRef => ({ __typename: 'Collection', row });
