import type { CatalogueOrder } from '../search/catalogue-spec.js';
import type { CatalogueTables } from './catalogue-tables.js';

/**
 * The ORDER BY of a list order over `p`, the same for both stores but for how
 * each compares titles (ASCII case folded, then byte order). Every order ends
 * with the id. Undated items come last in newest and oldest alike, by id; the
 * promoted order (featured practices) lists the promoted items first, each part
 * newest first. Each store has an index on every one of these.
 */
export function orderByClause(
  tables: CatalogueTables,
  order: CatalogueOrder,
  titleKey: string,
): string {
  const { date } = tables;
  const undatedLast = `p.${date} IS NULL`;
  const undatedById = `CASE WHEN p.${date} IS NULL THEN p.id END`;
  const newest = `${undatedLast}, p.${date} DESC, ${undatedById}, p.id DESC`;
  switch (order) {
    case 'title':
      return `${titleKey}, p.id`;
    case 'oldest':
      return `${undatedLast}, p.${date}, p.id`;
    case 'promoted':
      if (!tables.promoted) return newest;
      return `p.${tables.promoted} DESC, ${newest}`;
    default:
      return newest;
  }
}
