import {
  isApiError,
  isContractMismatchError,
  isNetworkError,
  isNotFoundError,
  isTimeoutError,
} from '@gcm-practices/sdk';
import { formatNumber, formatYear, plural } from './format.js';
import type { Locale } from './locale.js';
import { msg, str } from './localization.js';

/*
 * Strings shared by several elements. Like every msg() call, these must run
 * while an element renders (or inside GcmElement.t) so they answer in that
 * element's language.
 */

/** The implementer types are a closed list in the contract, so we can translate them. */
export function implementerTypeLabel(id: string, fallback?: string): string {
  switch (id) {
    case 'government':
      return msg('Government', { id: 'type-government' });
    case 'local-authority':
      return msg('Local or regional authority', { id: 'type-local-authority' });
    case 'un-system':
      return msg('United Nations system', { id: 'type-un-system' });
    case 'intergovernmental':
      return msg('Intergovernmental organization', { id: 'type-intergovernmental' });
    case 'civil-society':
      return msg('Civil society organization', { id: 'type-civil-society' });
    case 'private-sector':
      return msg('Private sector', { id: 'type-private-sector' });
    case 'academia':
      return msg('Academia and research', { id: 'type-academia' });
    case 'multi-stakeholder':
      return msg('Multi-stakeholder partnership', { id: 'type-multi-stakeholder' });
    default:
      return fallback ?? id;
  }
}

/** A practice's status; the contract's list is closed, so each has its translation. */
export function statusLabel(id: string, fallback?: string): string {
  switch (id) {
    case 'planned':
      return msg('Planned', { id: 'status-planned' });
    case 'ongoing':
      return msg('Ongoing', { id: 'status-ongoing' });
    case 'completed':
      return msg('Completed', { id: 'status-completed' });
    default:
      return fallback ?? id;
  }
}

/** `2014–2016`, `Since 2019`, `Until 2016`, or undefined when neither year is known. */
export function periodLabel(
  locale: Locale,
  start: number | null,
  end: number | null,
): string | undefined {
  if (start !== null && end !== null) {
    if (start === end) return formatYear(locale, start);
    const from = formatYear(locale, start);
    const to = formatYear(locale, end);
    return msg(str`${from}–${to}`, { id: 'period-range' });
  }
  if (start !== null) {
    const from = formatYear(locale, start);
    return msg(str`Since ${from}`, { id: 'since' });
  }
  if (end !== null) {
    const to = formatYear(locale, end);
    return msg(str`Until ${to}`, { id: 'until' });
  }
  return undefined;
}

/** "12 practices found", in the locale's plural forms. */
export function resultsLabel(locale: Locale, total: number): string {
  const n = formatNumber(locale, total);
  return plural(locale, total, {
    zero: () => msg('No practices found', { id: 'results-zero' }),
    one: () => msg(str`${n} practice found`, { id: 'results-one' }),
    two: () => msg(str`${n} practices found`, { id: 'results-two' }),
    few: () => msg(str`${n} practices found`, { id: 'results-few' }),
    many: () => msg(str`${n} practices found`, { id: 'results-many' }),
    other: () => msg(str`${n} practices found`, { id: 'results-other' }),
  });
}

/**
 * A sentence a visitor can act on, whatever went wrong. `unknown` says what failed to load
 * when the error says nothing more ("Something went wrong while loading practices.").
 */
export function errorLabel(error: unknown, unknown?: string): string {
  if (isNotFoundError(error))
    return msg('This practice could not be found.', { id: 'error-not-found' });
  if (isTimeoutError(error))
    return msg('The practices service took too long to answer.', { id: 'error-timeout' });
  if (isNetworkError(error)) {
    return msg('The practices service could not be reached. Check your connection and try again.', {
      id: 'error-network',
    });
  }
  if (isContractMismatchError(error)) {
    return msg('The practices service sent an answer this page cannot read.', {
      id: 'error-contract',
    });
  }
  if (isApiError(error)) {
    const status = error.status;
    return msg(str`The practices service reported an error (${status}).`, { id: 'error-status' });
  }
  return unknown ?? msg('Something went wrong while loading practices.', { id: 'error-unknown' });
}

/** The technical detail behind an error, shown as plain text for whoever reports it. */
export function errorDetail(error: unknown): string | undefined {
  if (
    error instanceof Error ||
    (typeof error === 'object' && error !== null && 'message' in error)
  ) {
    const message = String((error as { message: unknown }).message);
    return message.length > 300 ? `${message.slice(0, 300)}…` : message;
  }
  return undefined;
}
