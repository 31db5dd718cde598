import { answerAtDoor } from '../../../graphql/http/cache-front-door';
import type { HostContext } from '../../../graphql/http/graphiql-page';
import { getProcessServer } from '../../../server';

/** Next compresses responses itself, so GraphiQL's page is handed over plain. */
const NEXT: HostContext = { hostCompresses: true };

async function handle(request: Request) {
  const { yoga, frontDoor } = await getProcessServer();
  return answerAtDoor(frontDoor, request, (passed) => yoga.handleRequest(passed, NEXT));
}

export { handle as GET, handle as POST, handle as OPTIONS };
