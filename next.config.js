/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // graph/ is read at run time by the embedded store; keep it next to the server output.
  outputFileTracingIncludes: { '/api/graphql': ['./graph/**/*'], '/': ['./graph/**/*'] },
};

export default nextConfig;
