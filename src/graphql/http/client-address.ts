/** What a Node server passes yoga beside the request; absent under Next's route handlers. */
export interface ServerContext {
  readonly req?: { readonly socket?: { readonly remoteAddress?: string } };
}

/**
 * The network address rate limits are counted by. The socket's, where yoga runs on Node's
 * own server; under Next, the last X-Forwarded-For entry, the one Next's own server added
 * (earlier ones are whatever the client claimed).
 */
export function clientAddress(request: Request, server: ServerContext): string {
  const socket = server.req?.socket?.remoteAddress;
  if (socket) return socket;
  const forwarded = request.headers.get('x-forwarded-for')?.split(',').map((hop) => hop.trim()).filter(Boolean).at(-1);
  return forwarded ?? 'unknown';
}
