import securityHeaders from './src/security-headers.json' with { type: 'json' };

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A separate build folder lets a second build (a benchmark, a test run) leave a running app alone.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // graph/ is read at run time by the embedded store, cookbook/ by the GraphiQL page; keep them next to the server output.
  outputFileTracingIncludes: { '/api/graphql': ['./graph/**/*', './cookbook/**/*'], '/': ['./graph/**/*'] },
  poweredByHeader: false,
  // The test run's build (tests/browser/global-setup.ts): npm test has type-checked the project already
  // (NEXT_BUILD_TYPECHECK=0), and on CI a fresh clone's one build need not write a cache no later build reads
  // (NEXT_BUILD_CACHE=0).
  typescript: { ignoreBuildErrors: process.env.NEXT_BUILD_TYPECHECK === '0' },
  experimental: { turbopackFileSystemCacheForBuild: process.env.NEXT_BUILD_CACHE !== '0' },
  // One copy of graphql for Pothos, yoga and the app: bundled, the app's ESM copy and yoga's CommonJS one disagree on
  // what a GraphQLError is, and yoga answers a syntax error 500 instead of 400. ioredis (REDIS_URL) loads its
  // commands and Lua at run time, as Node loads it, not as a bundle.
  serverExternalPackages: ['graphql', 'ioredis'],
  async headers() {
    return [
      {
        // The API sets its own (src/graphql/http/security-headers.ts); the pages' Content-Security-Policy carries a nonce
        // per request, so src/proxy.ts sends it.
        source: '/((?!api/graphql).*)',
        headers: Object.entries(securityHeaders.common).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default nextConfig;
