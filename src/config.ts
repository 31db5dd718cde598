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

/**
 * The server `npm run neo4j:start` runs: STORE=neo4j without NEO4J_URI means this one, so
 * `npm run neo4j:start && npm run seed && STORE=neo4j npm start` needs no other setting.
 */
export const LOCAL_NEO4J = { port: 7687, password: 'spasm-atlas-dev' } as const;

/** Comma-separated origins (scheme://host[:port]) allowed to call the API from a browser. */
const corsOrigins = z
  .string()
  .trim()
  .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
  .refine((origins) => origins.every((origin) => /^https?:\/\/[^\s/]+$/.test(origin)), {
    message: 'must be origins separated by commas, each like https://school.example.org (scheme and host, no path)',
  });

/** Where class polls are kept: Redis when set (several instances share it), else this process's memory. */
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
    NEO4J_BOLT_PORT: z.coerce.number({ message: 'must be a port number' }).int().min(1).max(65535).default(LOCAL_NEO4J.port),
    CORS_ORIGINS: corsOrigins.default([]),
    REDIS_URL: redisUrl.optional(),
  })
  .superRefine((env, ctx) => {
    const store = env.STORE ?? (env.NEO4J_URI ? 'neo4j' : 'embedded');
    if (store !== 'neo4j') return;
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required to connect to Neo4j' });
  });

export type Config = { readonly corsOrigins: readonly string[]; readonly redisUrl?: string } & GraphConfig;

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
  if (store === 'embedded') return { store, graphDir: parsed.GRAPH_DIR, corsOrigins: parsed.CORS_ORIGINS, ...polls };
  return {
    store,
    corsOrigins: parsed.CORS_ORIGINS,
    graphDir: parsed.GRAPH_DIR,
    neo4j: parsed.NEO4J_URI
      ? { uri: parsed.NEO4J_URI, user: parsed.NEO4J_USER, password: parsed.NEO4J_PASSWORD!, database: parsed.NEO4J_DATABASE }
      : { uri: `bolt://127.0.0.1:${parsed.NEO4J_BOLT_PORT}`, user: 'neo4j', password: parsed.NEO4J_PASSWORD ?? LOCAL_NEO4J.password, database: 'neo4j' },
    ...polls,
  };
}
