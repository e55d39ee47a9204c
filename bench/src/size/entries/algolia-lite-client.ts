// Algolia's search-only client alone: the counterpart of our SDK.
import { liteClient } from 'algoliasearch/lite';

const client = liteClient('APPLICATION_ID', 'SEARCH_ONLY_API_KEY');
export const search = (query: string) =>
  client.search({ requests: [{ indexName: 'practices', query }] });
