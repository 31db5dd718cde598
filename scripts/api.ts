import { createServer } from 'node:http';
import { readConfig } from '../src/config';
import { nodeListener } from '../src/graphql/http/node-listener';
import { API_PATH } from '../src/graphql/http/api-path';
import { createAppServer } from '../src/server';

/**
 * npm run api: the GraphQL API alone, for clients that do not need the UI.
 * PORT (default 4000), the store configuration and REDIS_URL come from the environment.
 */
async function main() {
  const config = readConfig();
  const app = await createAppServer(config);
  const server = createServer(nodeListener(app.yoga, app.frontDoor));
  const port = Number(process.env.PORT ?? 4000);
  server.listen(port, () => {
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    console.log(`GraphQL API on http://localhost:${bound}${API_PATH} (GraphiQL in a browser at the same URL)`);
  });
  const stop = () => {
    // Event streams stay open until their polls end; a stop ends them now, as a deploy would.
    server.closeAllConnections();
    server.close(() => void app.close().then(() => process.exit(0)));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
