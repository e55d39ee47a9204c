// InstantSearch with what <gcm-practices> shows: search box, filters with
// counts, year range, result count, cards with the practice fields, pagination.
import { liteClient } from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import {
  clearRefinements,
  hits,
  pagination,
  rangeInput,
  refinementList,
  searchBox,
  stats,
} from 'instantsearch.js/es/widgets';

const search = instantsearch({
  indexName: 'practices',
  searchClient: liteClient('APPLICATION_ID', 'SEARCH_ONLY_API_KEY'),
});
search.addWidgets([
  searchBox({ container: '#search' }),
  ...['objectives', 'actions', 'regions', 'countries', 'implementerType'].map((attribute) =>
    refinementList({ container: `#filter-${attribute}`, attribute }),
  ),
  rangeInput({ container: '#years', attribute: 'year' }),
  clearRefinements({ container: '#clear' }),
  stats({ container: '#stats' }),
  hits({
    container: '#hits',
    templates: {
      item: (hit, { html, components }) =>
        html`<article>
          <h3>${components.Highlight({ hit, attribute: 'title' })}</h3>
          <p>${hit.implementers} · ${hit.countries} · ${hit.years}</p>
          <p>${hit.summary}</p>
        </article>`,
    },
  }),
  pagination({ container: '#pagination' }),
]);
search.start();
