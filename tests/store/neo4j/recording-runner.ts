import type { RecordShape } from 'neo4j-driver';
import type { QueryRunner, Statement } from '../../../src/store/neo4j/run';

/** A QueryRunner that records what the adapter sends and answers with canned rows. */
export function recordingRunner(answer: (statement: Statement) => RecordShape[] = () => []) {
  const reads: Statement[] = [];
  const writes: Statement[][] = [];
  const runner: QueryRunner = {
    read: async (statement) => {
      reads.push(statement);
      return answer(statement);
    },
    write: async (statements) => {
      writes.push([...statements]);
      return { schemaAdded: 0 };
    },
    close: async () => {},
  };
  return { runner, reads, writes };
}
