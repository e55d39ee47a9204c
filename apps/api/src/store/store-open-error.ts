/**
 * A store that cannot be opened, saying which file or database, what went
 * wrong and what to do about it. The server prints it and exits.
 */
export class StoreOpenError extends Error {
  constructor(
    /** The file path, or the database URL without its password. */
    readonly location: string,
    readonly reason: string,
    readonly fix: string,
    cause?: unknown,
  ) {
    super(`Cannot open the catalogue database ${location}: ${reason}.\nFix: ${fix}.`, { cause });
    this.name = 'StoreOpenError';
  }
}
