import type { HostContext } from '../../../graphql/graphiql-page';
import { getProcessServer } from '../../../server';

/** Next compresses responses itself, so GraphiQL's page is handed over plain. */
const NEXT: HostContext = { hostCompresses: true };

async function handle(request: Request) {
  const { yoga } = await getProcessServer();
  return yoga.handleRequest(request, NEXT);
}

export { handle as GET, handle as POST, handle as OPTIONS };
