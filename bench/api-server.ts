import { spawn } from 'node:child_process';

/** `npm run api` over the store the environment names (embedded unless told), resolved once it listens. */
export async function startApi(port: number, storeEnv: Record<string, string> = { STORE: 'embedded' }) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/api.ts'], {
    env: { ...process.env, PORT: String(port), ...storeEnv },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('GraphQL API on') && resolve());
    child.on('exit', (code) => reject(new Error(`npm run api exited with ${code}`)));
  });
  return child;
}
