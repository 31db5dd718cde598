import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

/**
 * The local Neo4j for development and tests: Neo4j Community's jars fetched by Maven into
 * neo4j/lib/, and Launcher.java run from source. `npm run neo4j:start` and the tests' global
 * setup both start it through here.
 */
export const LAUNCHER_DIR = dirname(fileURLToPath(import.meta.url));
const LIB_DIR = join(LAUNCHER_DIR, 'lib');
const VERSION_STAMP = join(LIB_DIR, '.neo4j-version');


/**
 * Heap and flags for the server's JVM. The --add-opens let Neo4j's page cache and Netty reach
 * the JDK internals they use on Java 17, as Neo4j's own neo4j.conf does.
 */
const JVM_OPTIONS = [
  `-Xms${process.env.NEO4J_HEAP ?? '512m'}`,
  `-Xmx${process.env.NEO4J_HEAP ?? '512m'}`,
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

/** Why the local server cannot run here (no java or mvn on PATH), or undefined when it can. */
export function missingTools(): string | undefined {
  const missing = ['java', 'mvn'].filter((tool) => spawnSync(tool, ['-version'], { stdio: 'ignore' }).error);
  return missing.length ? `${missing.join(' and ')} not found on PATH: install Java 17 and Maven 3.8 (apt-get install -y openjdk-17-jdk-headless maven)` : undefined;
}

/** The Neo4j version neo4j/pom.xml pins. */
export function pinnedVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(join(LAUNCHER_DIR, 'pom.xml'), 'utf8'));
  if (!match) throw new Error('neo4j/pom.xml has no <neo4j.version> property');
  return match[1]!;
}

/** Fetches the pinned Neo4j's jars through Maven into neo4j/lib/, unless they are there already. */
export function ensureJars(log: (line: string) => void = () => {}): void {
  const version = pinnedVersion();
  if (existsSync(VERSION_STAMP) && readFileSync(VERSION_STAMP, 'utf8') === version) return;
  log(`Fetching Neo4j ${version} from Maven Central into neo4j/lib/ (once)…`);
  rmSync(LIB_DIR, { recursive: true, force: true });
  const maven = spawnSync('mvn', ['-B', '-q', 'dependency:copy-dependencies', '-DoutputDirectory=lib', '-DincludeScope=runtime'], {
    cwd: LAUNCHER_DIR,
    encoding: 'utf8',
  });
  if (maven.error || maven.status !== 0) {
    throw new Error(`Maven could not fetch Neo4j ${version} (mvn exited with ${maven.status ?? maven.error?.message}):\n${maven.stdout}${maven.stderr}`);
  }
  if (!readdirSync(LIB_DIR).some((name) => name.startsWith(`neo4j-kernel-${version}`))) {
    throw new Error(`Maven finished but neo4j/lib/ holds no neo4j-kernel-${version}.jar`);
  }
  writeFileSync(VERSION_STAMP, version);
}

export interface LocalServerOptions {
  /** The server's home: data, logs and its output go here. */
  readonly home: string;
  /** The Bolt port on 127.0.0.1; 0 takes a free one. */
  readonly port: number;
  readonly password: string;
  /** Stop the server when this process ends (tests), instead of letting it outlive us (neo4j:start). */
  readonly stopWithThisProcess?: boolean;
}

export interface LocalServer {
  readonly uri: string;
  readonly pid: number;
  readonly version: string;
  /** Milliseconds from starting the JVM until Bolt accepted the password. */
  readonly startMillis: number;
}

const READY_LINE = /Neo4j (\S+) ready at (bolt:\/\/127\.0\.0\.1:\d+)/;
const START_TIMEOUT_MS = 180_000;

/**
 * Starts the server as a detached process (it outlives this one) and resolves once Bolt
 * accepts the password. Its output goes to <home>/launcher.log.
 */
export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  ensureJars();
  mkdirSync(options.home, { recursive: true });
  const logPath = join(options.home, 'launcher.log');
  const logFd = openSync(logPath, 'w');
  const started = Date.now();
  const child = spawn('java', [...JVM_OPTIONS, '-cp', 'lib/*', 'Launcher.java', options.home, String(options.port)], {
    cwd: LAUNCHER_DIR,
    env: { ...process.env, NEO4J_PASSWORD: options.password, ...(options.stopWithThisProcess ? { NEO4J_OWNER_PID: String(process.pid) } : {}) },
    stdio: ['ignore', logFd, logFd],
    detached: true,
  });
  closeSync(logFd);
  child.unref();
  let exitCode: number | null = null;
  child.on('exit', (code) => (exitCode = code ?? -1));

  while (Date.now() - started < START_TIMEOUT_MS) {
    const ready = READY_LINE.exec(readFileSync(logPath, 'utf8'));
    if (ready) {
      await checkBolt(ready[2]!, options.password);
      return { uri: ready[2]!, pid: child.pid!, version: ready[1]!, startMillis: Date.now() - started };
    }
    if (exitCode !== null) throw new Error(`Neo4j exited with code ${exitCode} while starting:\n${tail(logPath)}`);
    await sleep(200);
  }
  await stopProcess(child.pid!);
  throw new Error(`Neo4j did not report ready within ${START_TIMEOUT_MS / 1000} s:\n${tail(logPath)}`);
}

async function checkBolt(uri: string, password: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  try {
    await driver.verifyConnectivity();
  } finally {
    await driver.close();
  }
}

/** Asks the server to shut down (its shutdown hook closes the databases) and waits until it has. */
export async function stopProcess(pid: number): Promise<void> {
  if (!isRunning(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (isRunning(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      return;
    }
    await sleep(100);
  }
}

/** True while the process lives and is a Neo4j launcher (a stale pid file may name another program). */
export function isRunning(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('Launcher.java');
  } catch {
    return false;
  }
}

/** Resident memory of a process in MB, read from /proc (Linux). */
export function residentMegabytes(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

function tail(path: string): string {
  return readFileSync(path, 'utf8').split('\n').slice(-30).join('\n');
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
