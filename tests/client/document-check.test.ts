import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const GQL_TADA = resolve('node_modules/.bin/gql-tada');

/** A project of one file, set up as the app is (tsconfig plugin, schema.graphql), holding the given document. */
function projectWith(document: string): { tsconfig: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'document-check-'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: 'esnext',
        moduleResolution: 'bundler',
        noEmit: true,
        skipLibCheck: true,
        plugins: [{ name: '@0no-co/graphqlsp', schema: resolve('schema.graphql'), tadaOutputLocation: resolve('src/client/graphql-env.d.ts') }],
      },
      files: ['document.ts'],
    }),
  );
  writeFileSync(join(dir, 'document.ts'), `import { graphql } from ${JSON.stringify(resolve('src/client/graphql.ts'))};\n\nexport const Document = graphql(\`${document}\`);\n`);
  return { tsconfig: join(dir, 'tsconfig.json'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** What `gql-tada check` (run by `npm test` over the app's documents) says of a project: its exit code and output. */
async function check(tsconfig: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(GQL_TADA, ['check', '--tsconfig', tsconfig], { env: { ...process.env, CI: 'true' } });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('the check of GraphQL documents against schema.graphql', () => {
  it('fails on a document that asks for a field the schema does not have, and names the field', async () => {
    const project = projectWith('query Broken { concept(id: "back-spasm") { id nickname } }');
    try {
      const { code, output } = await check(project.tsconfig);
      expect(code).not.toBe(0);
      expect(output).toMatch(/nickname/);
    } finally {
      project.remove();
    }
  });

  it('passes the same document once it asks only for what the schema has', async () => {
    const project = projectWith('query Fixed { concept(id: "back-spasm") { id name } }');
    try {
      const { code, output } = await check(project.tsconfig);
      expect(output).not.toMatch(/nickname/);
      expect(code).toBe(0);
    } finally {
      project.remove();
    }
  });
});
