import type { TestProject } from 'vitest/node';
import { redisMissing, startRedis } from './redis-process';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test Redis's URL, or why Redis tests cannot run. */
    redis: { url: string } | { skip: string };
  }
}

/**
 * Starts one redis-server on a free port for the whole run and stops it after. Without
 * redis-server the Redis tests skip and say why; on CI (CI=true) that is a failure.
 */
export default async function setup(project: TestProject) {
  const missing = redisMissing();
  if (missing) {
    if (process.env.CI === 'true') throw new Error(`Redis tests are mandatory on CI. ${missing}`);
    console.warn(`Redis tests skipped. ${missing}`);
    project.provide('redis', { skip: missing });
    return;
  }
  const redis = await startRedis();
  project.provide('redis', { url: redis.url });
  return () => redis.stop();
}
