import type { Db } from '../db/open.js';
import { catalogueIndex } from './catalogue-index.js';
import { PRACTICE_CATALOGUE } from './practice-search.js';
import { RESOURCE_CATALOGUE } from './resource-search.js';

/** Build the in-memory search indexes now, so the first visitor does not wait for them. */
export function warmSearchIndexes(db: Db): void {
  catalogueIndex(db, PRACTICE_CATALOGUE);
  catalogueIndex(db, RESOURCE_CATALOGUE);
}
