import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../../src/domain';
import { loadGraph } from '../../../src/graph';
import { createNeo4jStore } from '../../../src/store/neo4j/neo4j-store';
import { seedNeo4j } from '../../../src/store/neo4j/seed';
import { FIXTURE_GRAPH } from '../../graph/fixture-graph';
import { neo4jSkipReason, testNeo4jConfig } from './test-server';

/** A TCP relay to the test server that can cut every connection, as a network or server outage would. */
class Relay {
  private server?: Server;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly target: URL) {}

  async open(port = 0): Promise<number> {
    this.server = createServer((client) => {
      const upstream = connect(Number(this.target.port), this.target.hostname);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return (this.server.address() as { port: number }).port;
  }

  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

describe.skipIf(Boolean(neo4jSkipReason))('when Neo4j goes away while the app runs', () => {
  let relay: Relay | undefined;
  afterAll(() => relay?.cut());

  it('fails requests with a StoreUnavailableError naming the server, and recovers once it is back', async () => {
    relay = new Relay(new URL(testNeo4jConfig().uri));
    await seedNeo4j(testNeo4jConfig(), loadGraph(FIXTURE_GRAPH));
    const port = await relay.open();
    const uri = `bolt://127.0.0.1:${port}`;
    const store = await createNeo4jStore({ ...testNeo4jConfig(), uri });
    try {
      expect((await store.search('spasm'))[0]?.concept.id).toBe('back-spasm');
      await relay.cut();
      // a search may answer from the index it holds for a few seconds (GRAPH_VERSION_RECHECK_MS); a concept is always read
      const failure = await store.getConcepts(['back-spasm']).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(StoreUnavailableError);
      expect((failure as Error).message).toMatch(new RegExp(`^Cannot reach Neo4j at ${uri}: start the server`));
      await relay.open(port);
      expect((await store.getConcepts(['back-spasm']))[0]?.id).toBe('back-spasm');
    } finally {
      await store.close();
    }
  });
});
