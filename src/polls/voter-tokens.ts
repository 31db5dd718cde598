import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A voter's identity: a random id the server makes on join, signed with the poll's own key
 * (hex, kept with the poll) and bound to its code, so a script cannot invent voters or move
 * them between polls.
 */
export function issueVoterToken(key: string, code: string): string {
  const voter = randomBytes(12).toString('base64url');
  return `${voter}.${signature(key, code, voter)}`;
}

/** The voter id in a token this server issued for this poll, or null for any other string. */
export function voterOfToken(key: string, code: string, token: string): string | null {
  const [voter, signed, ...rest] = token.split('.');
  if (!voter || !signed || rest.length > 0) return null;
  const expected = Buffer.from(signature(key, code, voter));
  const given = Buffer.from(signed);
  return given.length === expected.length && timingSafeEqual(given, expected) ? voter : null;
}

function signature(key: string, code: string, voter: string): string {
  return createHmac('sha256', Buffer.from(key, 'hex')).update(`${code}:${voter}`).digest('base64url');
}
