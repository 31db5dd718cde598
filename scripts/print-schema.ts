import { writeFileSync } from 'node:fs';
import { generateOutput } from '@gql.tada/cli-utils';
import { printSchema } from 'graphql';
import { schema } from '../src/graphql/schema';

/**
 * Writes schema.graphql, the API's contract, from the code (a test fails when they differ), and
 * from it the types every UI document is checked against (src/client/graphql-env.d.ts), so the two never drift.
 */
writeFileSync('schema.graphql', `${printSchema(schema)}\n`);
console.log('Wrote schema.graphql');
await generateOutput({ output: undefined, tsconfig: undefined });
