import { describe, expect, it, vi } from 'vitest';
import { MAX_REQUEST_BYTES } from '../../src/graphql/http/yoga';
import { testServer } from './server';

describe('what comes in', () => {
  const server = testServer();

  it('refuses a body over 1 MB with 413 and a message, and keeps answering', async () => {
    const body = JSON.stringify({ query: '{ stats { concepts } }', variables: { padding: 'x'.repeat(MAX_REQUEST_BYTES) } });
    const response = await server.send({ method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/too large/i);
    expect(await server.stillAnswers()).toBe(true);
  });

  it('refuses a streamed body without a length once it passes 1 MB', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 2 * MAX_REQUEST_BYTES) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await server.send({ method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('cuts a huge argument echoed in an error, so the answer stays small', async () => {
    const id = 'x'.repeat(500_000);
    const response = await server.send({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query($id: ID!) { concept(id: $id) { relations { id } } paths(from: $id, to: "back-spasm") { hops } }', variables: { id } }) });
    const text = await response.text();
    expect(text.length).toBeLessThan(2_000);
    expect(JSON.parse(text).errors[0].message).toMatch(/^from: no concept is called 'x{79}… \(50000\d characters\) check the spelling/);
  });

  it('logs a client’s bad input as one info line, without a stack', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await server.post('{ paths(from: "heavy-lifting", to: "back-spasm", first: -5) { hops } }');
      expect(error).not.toHaveBeenCalled();
      expect(info).toHaveBeenCalledTimes(1);
      expect(info.mock.calls[0]).toEqual(['GraphQL BAD_USER_INPUT: first must be a whole number from 1 to 50; got -5']);
    } finally {
      info.mockRestore();
      error.mockRestore();
    }
  });
});
