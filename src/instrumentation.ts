/**
 * Next calls register() once when the server starts, before it reports Ready. The app opens
 * its stores here, so a bad configuration, an invalid graph or an unreachable Neo4j stops
 * `next start` with the same one-line message as `npm run api`, instead of a server that
 * answers every request with an error.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { openProcessServerOrExit } = await import('./server');
  await openProcessServerOrExit();
}
