import { spawn } from 'node:child_process';

/** A TypeScript script as a child process, resolved once it prints the line that says it listens. */
async function startListening(script: string, listening: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes(listening) && resolve());
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return child;
}

/** `npm run api` over the store the environment names (embedded unless told), resolved once it listens. */
export function startApi(port: number, storeEnv: Record<string, string> = { STORE: 'embedded' }) {
  return startListening('scripts/api.ts', 'GraphQL API on', { PORT: String(port), ...storeEnv });
}

/** bench/raw-server.ts: plain node:http answering a body of the size asked for. */
export function startRawServer(port: number) {
  return startListening('bench/raw-server.ts', 'raw node:http on', { PORT: String(port) });
}
