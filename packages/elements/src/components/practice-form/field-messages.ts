import { type FieldError, fromPointer, SUBMISSION_LIMITS } from '@gcm-practices/contract';
import { formatNumber } from '../../shared/format.js';
import type { Locale } from '../../shared/locale.js';
import { msg, str } from '../../shared/localization.js';

/** Lists whose errors belong to one control (a picker or a group of checkboxes), whatever the index. */
const CHOICE_LISTS = new Set([
  'countries',
  'regions',
  'objectives',
  'actions',
  'principles',
  'sdgTargets',
]);

/**
 * The id of the control a field error belongs to: the pointer's tokens joined
 * with `-` (`/implementers/0/name` → `implementers-0-name`), a choice list's
 * errors on the list itself. Undefined for errors no control can fix (an
 * unknown field, the honeypot): those only go in the summary.
 */
export function controlIdOf(pointer: string): string | undefined {
  const path = fromPointer(pointer).map(String);
  const [head] = path;
  if (head === undefined) return undefined;
  if (CHOICE_LISTS.has(head)) return head;
  if (head === 'honeypot' || head === 'fillSeconds' || head === 'campaign') return undefined;
  return path.join('-');
}

/**
 * What is wrong, in the element's language, worded from the error's code and
 * the control it concerns (the API's `detail` is English). `value` is what
 * the control holds: an empty one is always "required".
 * Call it while the element renders.
 */
export function problemText(locale: Locale, error: FieldError, empty: boolean): string {
  const path = fromPointer(error.pointer).map(String);
  const [head, , leaf] = path;
  const limit = formatNumber(locale, error.limit ?? 0);
  if (head === 'consent') return msg('Tick this box to submit.', { id: 'pf-err-consent' });
  if (head === 'objectives' && (error.code === 'too-few' || error.code === 'required')) {
    return msg('Choose the objective the practice serves first.', { id: 'pf-err-primary' });
  }
  if (head === 'implementers' && path.length === 1 && error.code === 'too-few') {
    return msg('Add at least one implementer.', { id: 'pf-err-implementers' });
  }
  if (head === 'period' && error.code !== 'type' && path[1] === 'end' && !empty) {
    return msg('The end year must not be before the start year.', { id: 'pf-err-period' });
  }
  if (head === 'period') {
    return msg('Enter a year from 1900 to 2100, such as 2019.', { id: 'pf-err-year' });
  }
  if (head === 'actions' && error.code === 'invalid') {
    return msg('An action is ticked whose objective is not chosen.', { id: 'pf-err-action' });
  }
  // Only the API knows the catalogue's values: its error names a value the control still holds
  // (a restored draft's), even where the control shows no choice for it.
  if (error.code === 'not-found') {
    return msg('The catalogue does not know this choice: remove it.', { id: 'pf-err-not-found' });
  }
  if (
    empty ||
    error.code === 'required' ||
    (error.code === 'type' && head !== 'period') ||
    (head === 'implementers' && leaf === 'type')
  ) {
    return msg('This field is required.', { id: 'pf-err-required' });
  }
  switch (error.code) {
    case 'too-long':
      return msg(str`Use at most ${limit} characters.`, { id: 'pf-err-too-long' });
    case 'too-many':
      return msg(str`Choose or add at most ${limit}.`, { id: 'pf-err-too-many' });
    case 'too-few':
      return msg('Choose or add at least one.', { id: 'pf-err-too-few' });
    case 'duplicate':
      return msg('This is listed twice.', { id: 'pf-err-duplicate' });
    default:
      break;
  }
  if (head === 'submitter' && path[1] === 'email') {
    return msg('Enter an e-mail address such as name@example.org.', { id: 'pf-err-email' });
  }
  if (head === 'links' && leaf === 'url') {
    return msg('Enter a web address beginning with https:// or http://.', { id: 'pf-err-url' });
  }
  if (error.code === 'invalid' && /one line|plain text/.test(error.detail)) {
    return msg('Use plain text, without special control characters.', { id: 'pf-err-text' });
  }
  return msg('This value is not valid.', { id: 'pf-err-invalid' });
}

/** The most a text control may hold, for its `maxlength`. */
export const LIMITS = SUBMISSION_LIMITS;
