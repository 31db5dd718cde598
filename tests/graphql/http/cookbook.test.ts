import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCookbook } from '../../../src/graphql/http/cookbook';
import { testServer } from '../../security/server';

describe('the cookbook, as GraphiQL opens it', () => {
  it('reads every recipe with its variables set to their defaults', () => {
    const recipes = readCookbook('cookbook');
    expect(recipes.map((recipe) => recipe.file)).toEqual(readdirSync('cookbook').filter((file) => file.endsWith('.graphql')).sort());
    expect(recipes.find((recipe) => recipe.file === 'herniated-disc-to-sciatica.graphql')!.variables).toEqual({ from: 'herniated-disc', to: 'sciatica' });
    expect(recipes.find((recipe) => recipe.file === 'around-inflammation.graphql')!.variables).toEqual({ ids: ['inflammation'] });
    expect(recipes.find((recipe) => recipe.file === 'red-flags.graphql')!.variables).toEqual({});
  });

  it('names the recipe that is not a GraphQL document and says what to do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookbook-'));
    writeFileSync(join(dir, 'broken.graphql'), 'query Broken {');
    expect(() => readCookbook(dir)).toThrow(/cookbook\/broken\.graphql is not a GraphQL document .*fix it, or remove it/);
  });

  it('has no recipes where there is no cookbook folder', () => {
    expect(readCookbook(join(tmpdir(), 'no-such-cookbook'))).toEqual([]);
  });

  it('opens GraphiQL with the example and one tab per recipe, each with its variables', async () => {
    const page = await (await testServer().send({ headers: { accept: 'text/html' } })).text();
    const options = JSON.parse(/withLinkedQuery\((\{.*?\})\)/s.exec(page)![1]!) as { defaultTabs: { query: string; variables: string | null }[] };
    const recipes = readCookbook('cookbook');
    expect(options.defaultTabs).toHaveLength(recipes.length + 1);
    expect(options.defaultTabs.slice(1)).toEqual(recipes.map((recipe) => ({ query: recipe.query, variables: Object.keys(recipe.variables).length > 0 ? JSON.stringify(recipe.variables, null, 2) : null })));
    expect(page).toContain('<nav class="site-nav" aria-label="Site">');
    // and as links that open each recipe as the tab shown
    const links = [...page.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a><\/li>/g)].map(([, href, title]) => ({ href: new URLSearchParams(href!.replaceAll('&amp;', '&').split('?')[1]), title }));
    expect(links.map((link) => link.href.get('query'))).toEqual(recipes.map((recipe) => recipe.query));
    expect(links.find((link) => link.title === 'How does a herniated disc lead to sciatica? The causal paths, best supported first (a chain one passage states before one stitched from separate sources).')!.href.get('variables')).toBe(JSON.stringify({ from: 'herniated-disc', to: 'sciatica' }, null, 2));
  });
});
