// The npm registry reachable here does not serve Next's macOS and Windows compiler
// packages, so `npm install` leaves them out of package-lock.json and `npm ci` then
// refuses the lock file as out of sync. This records them as optional, platform-bound
// entries (as a lock made on a full registry would); npm skips them on Linux and
// fetches them on the platforms that need them.
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORMS = {
  'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  'win32-arm64-msvc': { os: ['win32'], cpu: ['arm64'] },
  'win32-x64-msvc': { os: ['win32'], cpu: ['x64'] },
};

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const next = lock.packages['node_modules/next'];
let added = 0;
for (const [name, version] of Object.entries(next.optionalDependencies ?? {})) {
  const suffix = name.replace('@next/swc-', '');
  const key = `node_modules/${name}`;
  if (!PLATFORMS[suffix] || lock.packages[key]) continue;
  lock.packages[key] = { version, ...PLATFORMS[suffix], license: 'MIT', optional: true, engines: { node: '>= 10' } };
  added++;
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: recorded ${added} platform package(s) the registry here does not serve.`);
