// InstantSearch as its getting-started guide sets it up: a search box and hits.
import { liteClient } from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { hits, searchBox } from 'instantsearch.js/es/widgets';

const search = instantsearch({
  indexName: 'practices',
  searchClient: liteClient('APPLICATION_ID', 'SEARCH_ONLY_API_KEY'),
});
search.addWidgets([searchBox({ container: '#search' }), hits({ container: '#hits' })]);
search.start();
