/**
 * Errors that cross layers. Each carries a code the API maps to extensions.code, and a
 * message written for the person who has to act on it.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** An input names something that does not exist or breaks a documented limit. */
export class InvalidInputError extends DomainError {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super('BAD_USER_INPUT', message);
  }
}

/** The store cannot be reached or refused the connection; the message says what to do. */
export class StoreUnavailableError extends DomainError {
  constructor(message: string) {
    super('STORE_UNAVAILABLE', message);
  }
}

/** What a caught value says went wrong: its message if it is an Error, else itself as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
