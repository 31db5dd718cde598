import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

/** What of yoga this needs: its handler for a Node request (every yoga server has it). */
interface NodeRequestHandler {
  handleNodeRequestAndResponse(request: IncomingMessage, response: ServerResponse): Response | Promise<Response>;
}

/**
 * A node:http listener for yoga, as yoga's framework integrations do it
 * (handleNodeRequestAndResponse, then the Response written by the host). yoga's own listener
 * writes a streamed body through a recursive promise pump that keeps about 0.4 kB per chunk until
 * the stream ends, so a class's poll stream, open for the whole lesson, grew the heap with every
 * vote. Here an answer is written once with its length, and an event stream is piped by Node's
 * own streams, which keep nothing per event and cancel the subscription when the client leaves.
 */
export function nodeListener(yoga: NodeRequestHandler): RequestListener {
  return (request: IncomingMessage, response: ServerResponse) => {
    void answer(yoga, request, response).catch((error: unknown) => {
      console.error('Could not answer a request:', error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('The server could not answer this request.');
    });
  };
}

async function answer(yoga: NodeRequestHandler, request: IncomingMessage, response: ServerResponse) {
  const answered = await yoga.handleNodeRequestAndResponse(request, response);
  const headers: Record<string, string | string[]> = {};
  answered.headers.forEach((value, name) => {
    headers[name] = name === 'set-cookie' ? answered.headers.getSetCookie() : value;
  });
  if (!answered.body) {
    response.writeHead(answered.status, headers).end();
    return;
  }
  if (answered.headers.get('content-type')?.startsWith('text/event-stream')) {
    response.writeHead(answered.status, headers);
    const events = Readable.fromWeb(answered.body as WebReadableStream<Uint8Array>);
    response.once('close', () => events.destroy());
    events.pipe(response);
    return;
  }
  const body = Buffer.from(await answered.arrayBuffer());
  response.writeHead(answered.status, { ...headers, 'content-length': String(body.length) }).end(body);
}
