import { formatNumber, plural } from '../../shared/format.js';
import type { Locale } from '../../shared/locale.js';
import { msg, str } from '../../shared/localization.js';

/*
 * Strings of <gcm-resources> that depend on data. Like every msg() call, these must run
 * while the element renders, so they answer in its language.
 */

/** The library's categories are a closed list in the contract, so we can translate them. */
export function categoryLabel(id: string): string {
  switch (id) {
    case 'guidance':
      return msg('Guidance', { id: 'category-guidance' });
    case 'research':
      return msg('Research', { id: 'category-research' });
    case 'report':
      return msg('Report', { id: 'category-report' });
    case 'assessment':
      return msg('Assessment', { id: 'category-assessment' });
    case 'brochure':
      return msg('Brochure', { id: 'category-brochure' });
    case 'policy-brief':
      return msg('Policy brief', { id: 'category-policy-brief' });
    case 'training':
      return msg('Training material', { id: 'category-training' });
    default:
      return id;
  }
}

/** "7 publications found", in the locale's plural forms. */
export function resourceResultsLabel(locale: Locale, total: number): string {
  const n = formatNumber(locale, total);
  return plural(locale, total, {
    zero: () => msg('No publications found', { id: 'resources-results-zero' }),
    one: () => msg(str`${n} publication found`, { id: 'resources-results-one' }),
    two: () => msg(str`${n} publications found`, { id: 'resources-results-two' }),
    few: () => msg(str`${n} publications found`, { id: 'resources-results-few' }),
    many: () => msg(str`${n} publications found`, { id: 'resources-results-many' }),
    other: () => msg(str`${n} publications found`, { id: 'resources-results-other' }),
  });
}
