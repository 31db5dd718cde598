import { spawn } from 'node:child_process';

/**
 * A TypeScript script as a child process, resolved once it prints the line that says it listens.
 * `nodeArgs` go before the script; `ipc` opens a channel to it (bench/heap-probe.ts answers there).
 */
async function startListening(script: string, listening: string, env: Record<string, string>, { nodeArgs = [] as string[], ipc = false } = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...nodeArgs, script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit', ipc ? 'ipc' : 'ignore'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes(listening) && resolve());
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return child;
}

/**
 * `npm run api` over the store the environment names (embedded unless told), resolved once it
 * listens. With `heapProbe` it answers bench/heap-probe.ts's question over an IPC channel.
 */
export function startApi(port: number, storeEnv: Record<string, string> = { STORE: 'embedded' }, { heapProbe = false } = {}) {
  return startListening('scripts/api.ts', 'GraphQL API on', { PORT: String(port), ...storeEnv }, {
    nodeArgs: heapProbe ? ['--expose-gc', '--import', './bench/heap-probe.ts'] : [],
    ipc: heapProbe,
  });
}

/** bench/raw-server.ts: plain node:http answering a body of the size asked for. */
export function startRawServer(port: number) {
  return startListening('bench/raw-server.ts', 'raw node:http on', { PORT: String(port) });
}
