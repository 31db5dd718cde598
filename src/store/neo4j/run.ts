import type { Driver, ManagedTransaction, RecordShape } from 'neo4j-driver';
import { STATEMENTS, statementText, type StatementName, type StatementParams } from './queries';
import { describeNeo4jError } from './neo4j-errors';

/** One statement with its parameters: what the adapter sends, and what snapshot tests pin. */
export interface Statement {
  readonly name: StatementName;
  readonly params: Readonly<Record<string, unknown>>;
}

/** A statement whose parameters are checked against those its file declares. */
export function statement<N extends StatementName>(name: N, params: StatementParams<N>): Statement {
  const expected = [...STATEMENTS[name]].sort().join(',');
  const given = Object.keys(params).sort().join(',');
  if (expected !== given) throw new Error(`${name}.cypher takes parameters [${expected}] but was given [${given}]`);
  return { name, params };
}

/** What a write changed in the database's schema: indexes and constraints it added. */
export interface SchemaChanges {
  readonly schemaAdded: number;
}

/**
 * How the Neo4j adapter reaches the database: reads as one read transaction, writes as one
 * write transaction holding several statements (all applied or none).
 */
export interface QueryRunner {
  read(query: Statement): Promise<RecordShape[]>;
  write(queries: readonly Statement[]): Promise<SchemaChanges>;
  close(): Promise<void>;
}

/** A runner over one driver: a session per call, closed in finally, always naming the database. */
export function driverRunner(driver: Driver, database: string, uri?: string): QueryRunner {
  const run = async <T>(accessMode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> => {
    const session = driver.session({ database, defaultAccessMode: accessMode });
    try {
      return accessMode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (error) {
      throw describeNeo4jError(error, uri);
    } finally {
      await session.close();
    }
  };
  return {
    read: (query) =>
      run('READ', async (tx) => (await tx.run(statementText(query.name), query.params)).records.map((record) => record.toObject())),
    write: (queries) =>
      run('WRITE', async (tx) => {
        let schemaAdded = 0;
        for (const query of queries) {
          const { indexesAdded, constraintsAdded } = (await tx.run(statementText(query.name), query.params)).summary.counters.updates();
          schemaAdded += indexesAdded + constraintsAdded;
        }
        return { schemaAdded };
      }),
    close: () => driver.close(),
  };
}
