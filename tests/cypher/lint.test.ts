import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain';
import { cypherDir, STATEMENTS, statementText, type StatementName } from '../../src/store/neo4j/queries';

function cypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? cypherFiles(join(dir, entry.name)) : entry.name.endsWith('.cypher') ? [join(dir, entry.name)] : [],
  );
}

const onDisk = cypherFiles(cypherDir()).map((path) => relative(cypherDir(), path).replace(/\.cypher$/, '')).sort();

describe('the Cypher files', () => {
  it('are exactly the statements the adapter declares', () => {
    expect(onDisk).toEqual(Object.keys(STATEMENTS).sort());
  });

  // Neo4j's own parser and semantic analysis, with each file's declared parameters, so an
  // undeclared parameter, a syntax error or an unbound variable fails here.
  it.each(Object.keys(STATEMENTS) as StatementName[])('%s.cypher passes Neo4j’s linter', (name) => {
    const parameters = Object.fromEntries(STATEMENTS[name].map((param) => [param, null]));
    const { diagnostics } = lintCypherQuery(statementText(name), { parameters });
    const errors = diagnostics.filter((d) => d.severity === 1).map((d) => `${d.message} (line ${d.range.start.line + 1})`);
    expect(errors).toEqual([]);
  });

  it('the linter does catch a broken statement', () => {
    const { diagnostics } = lintCypherQuery('MATCH (c:Concept) WHERE c.id = $id RETURN d', { parameters: {} });
    expect(diagnostics.filter((d) => d.severity === 1).map((d) => d.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Variable `d` not defined/), expect.stringMatching(/Parameter \$id is not defined/)]),
    );
  });

  it('bound variable-length walks by the API limits or by the depth asked for', () => {
    expect(readFileSync(join(cypherDir(), 'read/paths.cypher'), 'utf8')).toContain(`*1..${LIMITS.maxHops}]`);
    expect(readFileSync(join(cypherDir(), 'read/neighborhood.cypher'), 'utf8')).toContain('hop IN range(1, $depth)');
  });
});
