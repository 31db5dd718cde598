import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { CacheFrontDoor, DoorRequest } from './cache-front-door';

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
 *
 * With a front door, a repeated query is answered from the response cache before any of yoga's
 * Request, Response or plugin work.
 */
export function nodeListener(yoga: NodeRequestHandler, frontDoor?: CacheFrontDoor): RequestListener {
  return (request: IncomingMessage, response: ServerResponse) => {
    const answering = frontDoor ? answerAtDoor(frontDoor, yoga, request, response) : answer(yoga, request, response);
    void answering.catch((error: unknown) => {
      console.error('Could not answer a request:', error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('The server could not answer this request.');
    });
  };
}

async function answerAtDoor(frontDoor: CacheFrontDoor, yoga: NodeRequestHandler, request: IncomingMessage, response: ServerResponse) {
  const asked = doorRequestOf(request);
  if (!frontDoor.admits(asked)) return answer(yoga, request, response);
  const body = request.method === 'POST' ? await bodyOf(request) : undefined;
  const hit = await frontDoor.answer(asked, body?.toString());
  if (hit) {
    response.writeHead(hit.status, { ...hit.headers, 'content-length': String(hit.body.length) }).end(hit.body);
    return;
  }
  // yoga's documented way to take a body the host has read already (normalizeNodeRequest)
  if (body) (request as IncomingMessage & { body?: Buffer }).body = body;
  frontDoor.learn(asked, await answer(yoga, request, response));
}

function doorRequestOf(request: IncomingMessage): DoorRequest {
  const url = request.url ?? '/';
  const query = url.indexOf('?');
  return {
    method: request.method ?? 'GET',
    path: query < 0 ? url : url.slice(0, query),
    search: query < 0 ? '' : url.slice(query + 1),
    header: (name) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    },
    client: request.socket.remoteAddress ?? 'unknown',
  };
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** yoga's answer, written to the Node response; returned for the front door to learn from. */
async function answer(yoga: NodeRequestHandler, request: IncomingMessage, response: ServerResponse): Promise<Response> {
  const answered = await yoga.handleNodeRequestAndResponse(request, response);
  const headers: Record<string, string | string[]> = {};
  answered.headers.forEach((value, name) => {
    headers[name] = name === 'set-cookie' ? answered.headers.getSetCookie() : value;
  });
  if (!answered.body) {
    response.writeHead(answered.status, headers).end();
    return answered;
  }
  if (answered.headers.get('content-type')?.startsWith('text/event-stream')) {
    response.writeHead(answered.status, headers);
    const events = Readable.fromWeb(answered.body as WebReadableStream<Uint8Array>);
    response.once('close', () => events.destroy());
    events.pipe(response);
    return answered;
  }
  const body = Buffer.from(await answered.arrayBuffer());
  response.writeHead(answered.status, { ...headers, 'content-length': String(body.length) }).end(body);
  return answered;
}
