import { neo4jStarted } from './test-server';

// The Neo4j project's setup file: every file in it reaches the run's server, which starts in
// the background (global-setup.ts).
await neo4jStarted();
