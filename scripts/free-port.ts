import { createServer } from 'node:net';

/**
 * A loopback port nothing listens on, for the servers tests and benches start (Neo4j, Redis,
 * next start, the API): asking the kernel for port 0 keeps parallel runs from colliding.
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}
