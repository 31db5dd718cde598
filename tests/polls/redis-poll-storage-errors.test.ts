import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { PollsUnavailableError } from '../../src/polls/poll-errors';
import { RedisPollStorage } from '../../src/polls/redis/redis-poll-storage';

/** What the stand-in does with a command once the client's ready check (INFO) is answered. */
type Behaviour = 'reply-error' | 'go-away';

/** The commands in a buffer of Redis's protocol (arrays of bulk strings), and what is left over. */
function commandsIn(buffer: string): { commands: string[][]; rest: string } {
  const commands: string[][] = [];
  let at = 0;
  for (;;) {
    const header = /^\*(\d+)\r\n/.exec(buffer.slice(at));
    if (!header) break;
    let cursor = at + header[0].length;
    const parts: string[] = [];
    for (let i = 0; i < Number(header[1]); i++) {
      const bulk = /^\$(\d+)\r\n/.exec(buffer.slice(cursor));
      if (!bulk || buffer.length < cursor + bulk[0].length + Number(bulk[1]) + 2) return { commands, rest: buffer.slice(at) };
      parts.push(buffer.slice(cursor + bulk[0].length, cursor + bulk[0].length + Number(bulk[1])));
      cursor += bulk[0].length + Number(bulk[1]) + 2;
    }
    commands.push(parts);
    at = cursor;
  }
  return { commands, rest: buffer.slice(at) };
}

/**
 * A stand-in for Redis that speaks just enough of its protocol: it answers what a client sends
 * on connecting (CLIENT, INFO), then either answers every other command with an error of
 * Redis's own, or resets the connection and takes no more, as a Redis that stops mid-lecture.
 */
async function standIn(behaviour: Behaviour): Promise<{ url: string; server: Server }> {
  const info = 'redis_version:7.0.0\r\nloading:0\r\n';
  const server = createServer((socket: Socket) => {
    let pending = '';
    socket.on('data', (chunk) => {
      const { commands, rest } = commandsIn(pending + chunk.toString());
      pending = rest;
      for (const [name = ''] of commands) {
        const command = name.toUpperCase();
        if (command === 'INFO') socket.write(`$${info.length}\r\n${info}\r\n`);
        else if (command === 'CLIENT' || command === 'QUIT') socket.write('+OK\r\n');
        else if (behaviour === 'reply-error') socket.write('-ERR the stand-in refuses this command\r\n');
        else {
          server.close();
          return void socket.resetAndDestroy();
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `redis://127.0.0.1:${port}`, server };
}

describe('the Redis poll storage when a command fails', () => {
  const opened: { storage: RedisPollStorage; server: Server }[] = [];
  afterEach(async () => {
    for (const { storage, server } of opened.splice(0)) {
      await storage.dispose();
      server.close();
    }
  });
  async function storageOver(behaviour: Behaviour) {
    const { url, server } = await standIn(behaviour);
    const storage = await RedisPollStorage.connect(url);
    opened.push({ storage, server });
    return storage;
  }

  it('says the poll store cannot be reached when Redis goes away under a command', async () => {
    const storage = await storageOver('go-away');
    await expect(storage.read('ABC123')).rejects.toBeInstanceOf(PollsUnavailableError);
  });

  it('keeps an error Redis itself answers as an internal fault, not an outage', async () => {
    const storage = await storageOver('reply-error');
    const failure = await storage.read('ABC123').catch((error: unknown) => error);
    expect(failure).not.toBeInstanceOf(PollsUnavailableError);
    expect((failure as Error).message).toContain('the stand-in refuses this command');
  });
});
