const STORAGE_KEY = 'spasm-atlas-voter';

/** Used when the browser refuses storage (some private modes): one id for this page's life. */
let unstoredId: string | undefined;

/**
 * This device's voter id: random, made once and kept, so a reload or the next poll of the
 * class counts the device once and a second vote replaces the first.
 */
export function voterId(): string {
  try {
    const kept = localStorage.getItem(STORAGE_KEY);
    if (kept) return kept;
    const made = randomId();
    localStorage.setItem(STORAGE_KEY, made);
    return made;
  } catch {
    unstoredId ??= randomId();
    return unstoredId;
  }
}

/** getRandomValues rather than randomUUID: phones on a classroom network open the app over plain http, where randomUUID is missing. */
function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
