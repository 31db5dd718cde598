import { DomainError } from '../domain';

/** Where polls are kept cannot be reached; votes are refused rather than lost. */
export class PollsUnavailableError extends DomainError {
  constructor(cause: string) {
    super('POLLS_UNAVAILABLE', `class polls are unavailable for now: the poll store cannot be reached (${cause}); nothing was counted, try again in a moment`);
  }
}

/** One client asked too often; the message says how often it may. */
export class RateLimitedError extends DomainError {
  constructor(message: string) {
    super('RATE_LIMITED', message);
  }
}

/** At most this much of an argument is quoted back: a 10 MB argument must not make a 10 MB answer. */
const MAX_ECHO = 40;

/** An argument as an error message may quote it: cut short, saying how long it was. */
export function echo(value: string): string {
  return value.length <= MAX_ECHO ? value : `${value.slice(0, MAX_ECHO)}… (${value.length} characters)`;
}
