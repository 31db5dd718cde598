import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A loopback port nothing listens on. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * `npm run api` over the store the environment names (embedded unless told), resolved once it
 * listens. With `heapProbe` it answers bench/heap-probe.ts's question over an IPC channel.
 */
export async function startApi(port: number, storeEnv: Record<string, string> = { STORE: 'embedded' }, { heapProbe = false } = {}) {
  const probe = heapProbe ? ['--expose-gc', '--import', './bench/heap-probe.ts'] : [];
  const child = spawn(process.execPath, ['--import', 'tsx', ...probe, 'scripts/api.ts'], {
    env: { ...process.env, PORT: String(port), ...storeEnv },
    stdio: ['ignore', 'pipe', 'inherit', heapProbe ? 'ipc' : 'ignore'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('GraphQL API on') && resolve());
    child.on('exit', (code) => reject(new Error(`npm run api exited with ${code}`)));
  });
  return child;
}
