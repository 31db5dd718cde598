import { joinPoll } from './poll-api';

const STORAGE_KEY = 'spasm-atlas-voter-tokens';

/** Used when the browser refuses storage (some private modes): kept for this page's life. */
const unstored = new Map<string, string>();

/**
 * This device's voter token for a poll: issued by the server on the first vote and kept, so
 * a reload counts the device once and a second vote replaces the first.
 */
export async function voterToken(code: string): Promise<string> {
  const kept = readKept()[code] ?? unstored.get(code);
  if (kept) return kept;
  const issued = await joinPoll(code);
  try {
    // Only the latest few polls are kept: a token means nothing once its poll has ended.
    const tokens = Object.entries({ ...readKept(), [code]: issued }).slice(-20);
    localStorage.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(tokens)));
  } catch {
    unstored.set(code, issued);
  }
  return issued;
}

function readKept(): Record<string, string> {
  try {
    const kept: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    return isTokenRecord(kept) ? kept : {};
  } catch {
    return {};
  }
}

/** A voter token per poll code, as this browser keeps them; anything else there is not ours to read. */
function isTokenRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((token) => typeof token === 'string');
}
