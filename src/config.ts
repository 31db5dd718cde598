import { z } from 'zod';

/**
 * Runtime configuration from the environment, parsed once. A bad value stops start-up
 * with a message naming the variable and what to set instead.
 */
const neo4jUri = z
  .string()
  .trim()
  .refine((value) => /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/.test(value), {
    message: 'must look like bolt://host:7687, neo4j://host:7687 or neo4j+s://xxxx.databases.neo4j.io',
  });

const redisUrl = z
  .string()
  .trim()
  .refine((value) => /^rediss?:\/\/[^\s]+/.test(value), { message: 'must look like redis://host:6379 or rediss://user:password@host:6380/0' });

const environmentSchema = z
  .object({
    STORE: z.enum(['embedded', 'neo4j'], { message: "must be 'embedded' or 'neo4j'" }).optional(),
    GRAPH_DIR: z.string().trim().min(1).default('graph'),
    NEO4J_URI: neo4jUri.optional(),
    NEO4J_USER: z.string().trim().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().trim().min(1).default('neo4j'),
    REDIS_URL: redisUrl.optional(),
  })
  .superRefine((env, ctx) => {
    const store = env.STORE ?? (env.NEO4J_URI ? 'neo4j' : 'embedded');
    if (store !== 'neo4j') return;
    if (!env.NEO4J_URI) ctx.addIssue({ code: 'custom', path: ['NEO4J_URI'], message: 'is required when STORE=neo4j' });
    if (!env.NEO4J_PASSWORD) ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required to connect to Neo4j' });
  });

/** Where class polls are kept: Redis when `redisUrl` is set (several instances share it), else memory. */
export type Config = GraphConfig & { readonly redisUrl?: string };

type GraphConfig =
  | { readonly store: 'embedded'; readonly graphDir: string }
  | {
      readonly store: 'neo4j';
      readonly graphDir: string;
      readonly neo4j: { readonly uri: string; readonly user: string; readonly password: string; readonly database: string };
    };

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Configuration error:\n${problems.map((p) => `  ${p}`).join('\n')}\nSet the variables in the environment (see README, "Configuration") and start again.`);
    this.name = 'ConfigError';
  }
}

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = environmentSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  }
  const parsed = result.data;
  const store = parsed.STORE ?? (parsed.NEO4J_URI ? 'neo4j' : 'embedded');
  const polls = parsed.REDIS_URL ? { redisUrl: parsed.REDIS_URL } : {};
  if (store === 'embedded') return { store, graphDir: parsed.GRAPH_DIR, ...polls };
  return {
    store,
    graphDir: parsed.GRAPH_DIR,
    neo4j: { uri: parsed.NEO4J_URI!, user: parsed.NEO4J_USER, password: parsed.NEO4J_PASSWORD!, database: parsed.NEO4J_DATABASE },
    ...polls,
  };
}
