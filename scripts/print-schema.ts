import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from '../src/graphql/schema';

/** Writes schema.graphql, the API's contract, from the code; a test fails when they differ. */
writeFileSync('schema.graphql', `${printSchema(schema)}\n`);
console.log('Wrote schema.graphql');
