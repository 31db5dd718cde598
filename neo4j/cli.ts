import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_BOLT_PORT, DEFAULT_PASSWORD, LAUNCHER_DIR, isRunning, missingTools, residentMegabytes, startLocalServer, stopProcess } from './local-server';

/**
 * npm run neo4j:start | neo4j:stop — the local Neo4j for development, data under .neo4j/.
 * NEO4J_BOLT_PORT picks the port (7687), NEO4J_PASSWORD the password (spasm-atlas-dev),
 * NEO4J_HEAP the JVM heap (512m).
 */
const HOME = resolve(LAUNCHER_DIR, '..', '.neo4j');
const PID_FILE = join(HOME, 'neo4j.pid');

async function start() {
  const tools = missingTools();
  if (tools) throw new Error(`Cannot start the local Neo4j: ${tools}.`);
  const running = runningPid();
  if (running) {
    console.log(`Neo4j is already running (pid ${running}, data in .neo4j/); npm run neo4j:stop stops it.`);
    return;
  }
  const password = process.env.NEO4J_PASSWORD ?? DEFAULT_PASSWORD;
  const port = Number(process.env.NEO4J_BOLT_PORT ?? DEFAULT_BOLT_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`NEO4J_BOLT_PORT must be a port number; got ${process.env.NEO4J_BOLT_PORT}`);
  const server = await startLocalServer({ home: HOME, port, password });
  writeFileSync(PID_FILE, String(server.pid));
  console.log(
    `Neo4j ${server.version} is up in ${(server.startMillis / 1000).toFixed(1)} s (pid ${server.pid}, ${residentMegabytes(server.pid) ?? '?'} MB resident, data in .neo4j/).`,
  );
  console.log(`  NEO4J_URI=${server.uri}${password === DEFAULT_PASSWORD ? '' : '  NEO4J_PASSWORD=<yours>'}`);
  console.log('Next: npm run seed && STORE=neo4j npm start      Stop: npm run neo4j:stop');
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

const commands: Record<string, () => Promise<void>> = { start, stop };
const command = commands[process.argv[2] ?? ''];
if (!command) {
  console.error('usage: tsx neo4j/cli.ts start|stop');
  process.exit(2);
}
command().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
