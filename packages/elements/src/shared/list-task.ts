import { isApiError } from '@gcm-practices/sdk';

/**
 * True when the API refused the `page` asked for (a shared link to page 9 of a list that
 * has shrunk): the list elements then go back to page 1 instead of showing an error.
 */
export function isPageRejected(error: unknown): boolean {
  return (
    isApiError(error) &&
    error.status === 400 &&
    (error.problem?.invalidParams?.some((p) => p.name === 'page') ?? false)
  );
}
