import type { YogaLogger } from 'graphql-yoga';
import { DomainError, messageOf } from '../../domain';
import { innermost, isGraphQLError, shorten } from '../errors';

/**
 * yoga logs every error it changes before answering, our domain errors included. A client's
 * mistake (BAD_USER_INPUT and the like) is theirs to fix: one info line, no stack. A store that
 * is not answering is the operator's: one warning line. Anything else is a server fault and is
 * logged in full.
 */
export function createYogaLogger(log: Pick<Console, 'debug' | 'info' | 'warn' | 'error'> = console): YogaLogger {
  return {
    debug: () => undefined,
    info: (...args) => log.info(...args),
    warn: (...args) => log.warn(...args),
    error: (...args) => {
      const code = clientErrorCode(innermost(args[0]));
      if (!code) return log.error(...args);
      const line = `GraphQL ${code}: ${shorten(messageOf(innermost(args[0])))}`;
      if (code === 'STORE_UNAVAILABLE') log.warn(line);
      else log.info(line);
    },
  };
}

/** The code of an error a client caused or can wait out; undefined for a server fault. */
function clientErrorCode(cause: unknown): string | undefined {
  if (cause instanceof DomainError) return cause.code;
  const code = isGraphQLError(cause) ? cause.extensions?.code : undefined;
  return typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' ? code : undefined;
}
