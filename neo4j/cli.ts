import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LOCAL_NEO4J, readConfig } from '../src/config';
import { LAUNCHER_DIR, ensureJars, isRunning, missingTools, pinnedVersion, residentMegabytes, startLocalServer, stopProcess } from './local-server';

/**
 * npm run neo4j:start | neo4j:stop — the local Neo4j for development, data under .neo4j/;
 * npm run neo4j:fetch only fetches its jars (CI does, before the tests).
 * NEO4J_BOLT_PORT picks the port (7687), NEO4J_PASSWORD the password (spasm-atlas-dev),
 * NEO4J_HEAP the JVM heap (512m).
 */
const HOME = resolve(LAUNCHER_DIR, '..', '.neo4j');
const PID_FILE = join(HOME, 'neo4j.pid');

function requireTools(action: string) {
  const tools = missingTools();
  if (tools) throw new Error(`Cannot ${action}: ${tools}.`);
}

async function start() {
  requireTools('start the local Neo4j');
  const running = runningPid();
  if (running) {
    console.log(`Neo4j is already running (pid ${running}, data in .neo4j/); npm run neo4j:stop stops it.`);
    return;
  }
  const config = readConfig({ STORE: 'neo4j', NEO4J_BOLT_PORT: process.env.NEO4J_BOLT_PORT, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD });
  if (config.store !== 'neo4j') throw new Error('unreachable: STORE is neo4j');
  const { password } = config.neo4j;
  const server = await startLocalServer({ home: HOME, port: Number(new URL(config.neo4j.uri).port), password });
  writeFileSync(PID_FILE, String(server.pid));
  console.log(
    `Neo4j ${server.version} is up in ${(server.startMillis / 1000).toFixed(1)} s (pid ${server.pid}, ${residentMegabytes(server.pid) ?? '?'} MB resident, data in .neo4j/).`,
  );
  console.log(`  NEO4J_URI=${server.uri}  NEO4J_PASSWORD=${password === LOCAL_NEO4J.password ? password : '<yours>'}`);
  console.log('Next: npm run seed && STORE=neo4j npm start   (STORE=neo4j alone reaches this server)   Stop: npm run neo4j:stop');
}

async function fetchJars() {
  requireTools('fetch Neo4j');
  ensureJars(console.log);
  console.log(`Neo4j ${pinnedVersion()} is in neo4j/lib/.`);
}

async function stop() {
  const pid = runningPid();
  if (!pid) {
    console.log('Neo4j is not running.');
    return;
  }
  await stopProcess(pid);
  rmSync(PID_FILE, { force: true });
  console.log(`Neo4j (pid ${pid}) stopped.`);
}

function runningPid(): number | undefined {
  if (!existsSync(PID_FILE)) return undefined;
  const pid = Number(readFileSync(PID_FILE, 'utf8'));
  return isRunning(pid) ? pid : undefined;
}

const commands: Record<string, () => Promise<void>> = { start, stop, fetch: fetchJars };
const command = commands[process.argv[2] ?? ''];
if (!command) {
  console.error('usage: tsx neo4j/cli.ts start|stop|fetch');
  process.exit(2);
}
command().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
