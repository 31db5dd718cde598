import { createServer } from 'node:http';

/**
 * The yardstick for bench:api: plain `node:http` reading a request and answering a JSON body of
 * the byte size the path asks for (POST /<bytes>), as fast as this machine serves anything.
 * Run as its own process, like the API, so the two compete for the same cores alike.
 */
const bodies = new Map<number, Buffer>();

function bodyOf(bytes: number): Buffer {
  let body = bodies.get(bytes);
  if (!body) {
    const filler = 'x'.repeat(Math.max(0, bytes - '{"data":""}'.length));
    body = Buffer.from(`{"data":"${filler}"}`);
    bodies.set(bytes, body);
  }
  return body;
}

const server = createServer((request, response) => {
  const body = bodyOf(Number(request.url!.slice(1)) || 0);
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
    response.end(body);
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => console.log(`raw node:http on ${(server.address() as { port: number }).port}`));
