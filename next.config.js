import securityHeaders from './src/security-headers.json' with { type: 'json' };

const contentSecurityPolicy = Object.entries(securityHeaders.pageContentSecurityPolicy)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A separate build folder lets a second build (a benchmark, a test run) leave a running app alone.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // graph/ is read at run time by the embedded store; keep it next to the server output.
  outputFileTracingIncludes: { '/api/graphql': ['./graph/**/*'], '/': ['./graph/**/*'] },
  poweredByHeader: false,
  // One copy of graphql for Pothos, yoga and the app: bundled, the app's ESM copy and yoga's CommonJS one disagree on
  // what a GraphQLError is, and yoga answers a syntax error 500 instead of 400. ioredis (REDIS_URL) loads its
  // commands and Lua at run time, as Node loads it, not as a bundle.
  serverExternalPackages: ['graphql', 'ioredis'],
  async headers() {
    return [
      {
        // The API sets its own (src/graphql/security-headers.ts): its answers and GraphiQL need other policies.
        source: '/((?!api/graphql).*)',
        headers: [
          ...Object.entries(securityHeaders.common).map(([key, value]) => ({ key, value })),
          // Next's inline bootstrap scripts carry no nonce on statically rendered pages, hence 'unsafe-inline' for scripts;
          // everything else comes from this origin only and no site may frame the app.
          { key: 'Content-Security-Policy', value: contentSecurityPolicy },
        ],
      },
    ];
  },
};

export default nextConfig;
