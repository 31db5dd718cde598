/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A separate build folder lets a second build (a benchmark, a test run) leave a running app alone.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // graph/ is read at run time by the embedded store; keep it next to the server output.
  outputFileTracingIncludes: { '/api/graphql': ['./graph/**/*'], '/': ['./graph/**/*'] },
};

export default nextConfig;
