import { GcmPracticesError, type RequestLine } from './gcm-practices-error.js';

/** One way the body differs from the contract. */
export interface ContractIssue {
  /** Where, written like code: `data[3].objectives[0]`; `(root)` for the body itself. */
  path: string;
  message: string;
}

const SHOWN_ISSUES = 3;

/**
 * A successful response whose body is not what the contract describes: not
 * JSON, or a value of the wrong shape. Usually the SDK and the API are on
 * different contract versions, or `baseUrl` points at something else.
 */
export class ContractMismatchError extends GcmPracticesError {
  readonly issues: readonly ContractIssue[];
  /** The URL whose response did not match. */
  readonly url: string;

  constructor(request: RequestLine, issues: readonly ContractIssue[], options?: ErrorOptions) {
    const shown = issues
      .slice(0, SHOWN_ISSUES)
      .map((i) => `${i.path}: ${i.message}`)
      .join('; ');
    const more = issues.length > SHOWN_ISSUES ? ` (and ${issues.length - SHOWN_ISSUES} more)` : '';
    super(
      'contract-mismatch',
      request,
      `${request.method} ${request.url} returned a body that does not match the contract: ${shown}${more}`,
      options,
    );
    this.name = 'ContractMismatchError';
    this.issues = issues;
    this.url = request.url;
  }
}
