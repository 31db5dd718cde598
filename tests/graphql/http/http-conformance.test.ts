import { serverAudits } from 'graphql-http';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph';
import { createGraphQLServer } from '../../../src/graphql/http/yoga';
import { API_PATH } from '../../../src/graphql/http/api-path';
import { EmbeddedStore } from '../../../src/store/embedded/embedded-store';
import { FIXTURE_GRAPH } from '../../graph/fixture-graph';
import { memoryPolls } from '../graphql-client';

/**
 * The GraphQL over HTTP audit suite (graphql-http) against the endpoint: every MUST is a
 * test; SHOULDs and MAYs are reported in the log, not enforced.
 */
const yoga = createGraphQLServer({ store: new EmbeddedStore(loadGraph(FIXTURE_GRAPH)), polls: memoryPolls() });
const audits = serverAudits({
  url: `http://localhost${API_PATH}`,
  fetchFn: (input: RequestInfo | URL, init?: RequestInit) => yoga.fetch(new Request(input, init)),
});

const must = audits.filter((audit) => audit.name.startsWith('MUST'));
const advisory = audits.filter((audit) => !audit.name.startsWith('MUST'));
const advisoryResults: string[] = [];

describe('GraphQL over HTTP conformance', () => {
  it.each(must.map((audit) => [audit.name, audit] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    expect(result.status === 'ok' ? 'ok' : `${result.status}: ${'reason' in result ? result.reason : ''}`).toBe('ok');
  });

  it('reports the SHOULD and MAY audits', async () => {
    for (const audit of advisory) {
      const result = await audit.fn();
      advisoryResults.push(`${result.status === 'ok' ? 'ok  ' : result.status} ${audit.name}${result.status === 'ok' ? '' : ` — ${'reason' in result ? result.reason : ''}`}`);
    }
    expect(advisoryResults).toHaveLength(advisory.length);
  });

  afterAll(() => {
    const failing = advisoryResults.filter((line) => !line.startsWith('ok'));
    console.info(`graphql-http advisory audits: ${advisory.length - failing.length}/${advisory.length} ok${failing.length ? `\n${failing.join('\n')}` : ''}`);
  });
});
