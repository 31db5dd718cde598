import { describe, expect, it } from 'vitest';
import { STATS_ANSWER, testServer } from './server';

const mutation = 'mutation { startPoll(tourId: "strain-to-spasm", step: 0) { code } }';

describe('cross-site requests', () => {
  const server = testServer();

  it.each([
    ['a form', 'application/x-www-form-urlencoded', `query=${encodeURIComponent(mutation)}`],
    ['a text/plain POST', 'text/plain', JSON.stringify({ query: mutation })],
    ['a multipart form', 'multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: mutation })}\r\n--x--\r\n`],
  ])('refuses %s with 415 and says to send JSON, running nothing', async (_what, type, body) => {
    const response = await server.send({ method: 'POST', headers: { 'content-type': type }, body });
    expect(response.status).toBe(415);
    const { errors } = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(errors[0]).toMatchObject({ message: expect.stringMatching(/^POST bodies must be application\/json or application\/graphql-response\+json; got /), extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
    expect(await server.stillAnswers()).toBe(true);
  });

  it('refuses a mutation sent with GET', async () => {
    const response = await server.send({ path: `/api/graphql?query=${encodeURIComponent(mutation)}`, headers: { accept: 'application/json' } });
    expect(response.status).toBe(405);
  });

  it('sends no CORS headers to another origin unless it is configured, not even to a preflight', async () => {
    const origin = 'https://elsewhere.example';
    const post = await server.post('{ stats { concepts } }', { origin });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    expect(post.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await server.send({ method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows exactly the configured origins, without credentials', async () => {
    const configured = testServer({ corsOrigins: ['https://school.example.org'] });
    const allowed = await configured.send({ method: 'OPTIONS', headers: { origin: 'https://school.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://school.example.org');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await configured.post('{ stats { concepts } }', { origin: 'https://elsewhere.example' });
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://elsewhere.example');
  });

  it('still serves GET queries and the GraphQL-over-HTTP response type', async () => {
    const response = await server.send({ path: '/api/graphql?query=%7B%20stats%20%7B%20concepts%20%7D%20%7D', headers: { accept: 'application/graphql-response+json' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: STATS_ANSWER });
  });
});
