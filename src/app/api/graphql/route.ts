import type { HostContext } from '../../../graphql/graphiql-page';
import { yoga } from '../../../graphql/yoga';

const NEXT: HostContext = { hostCompresses: true };

export async function GET(request: Request) {
  return yoga.handleRequest(request, NEXT);
}

export async function POST(request: Request) {
  return yoga.handleRequest(request, NEXT);
}

export async function OPTIONS(request: Request) {
  return yoga.handleRequest(request, NEXT);
}
