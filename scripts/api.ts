import { createServer } from 'node:http';
import { createGraphQLServer, GRAPHQL_ENDPOINT } from '../src/graphql/yoga';
import { readConfig } from '../src/config';
import { getProcessPolls } from '../src/polls/process-polls';
import { openProcessStoreOrExit } from '../src/store/open-or-exit';

/**
 * npm run api: the GraphQL API alone, for clients that do not need the UI.
 * PORT (default 4000) and the store configuration come from the environment.
 */
async function main() {
  const store = await openProcessStoreOrExit();
  const config = readConfig();
  const yoga = createGraphQLServer(async () => store, getProcessPolls(), { corsOrigins: config.corsOrigins });
  const server = createServer(yoga);
  const port = Number(process.env.PORT ?? 4000);
  server.listen(port, () => {
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    console.log(`GraphQL API on http://localhost:${bound}${GRAPHQL_ENDPOINT} (GraphiQL in a browser at the same URL)`);
  });
  const stop = () => server.close(() => void store.close().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
