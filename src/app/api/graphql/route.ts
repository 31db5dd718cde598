import { getProcessServer } from '../../../server';

async function handle(request: Request) {
  const { yoga } = await getProcessServer();
  return yoga.handleRequest(request, {});
}

export { handle as GET, handle as POST, handle as OPTIONS };
