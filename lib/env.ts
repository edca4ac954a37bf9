/**
 * The one place the environment is read and validated. Import `env` rather than `process.env`.
 * Scripts that run before the app (database start-up, Prisma config) use lib/db/url.ts, which
 * follows the same rules for the database variables.
 */
import { z } from "zod";
import { authSecretProblem } from "./auth/secret";
import { resolveDatabaseUrl } from "./db/url";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")
    .optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).optional(),
  DB_POOL_MAX: positiveInt(10),
  // How long a request waits for a free connection before it fails fast with 503.
  DB_POOL_ACQUIRE_TIMEOUT_MS: positiveInt(3000),
  DB_STATEMENT_TIMEOUT_MS: positiveInt(15000),
  APP_URL: z.url().optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  // Encrypts session cookies. Required in production; local runs on the embedded database get
  // one generated per checkout (lib/auth/secret.ts).
  AUTH_SECRET: z.string().trim().min(32, "must be at least 32 characters").optional(),
  // Public base URL Auth.js builds its callback URLs from (else the request's host).
  AUTH_URL: z.url().optional(),
});

export type Env = z.infer<typeof schema> & { databaseUrl: string };

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  ${issue.path.join(".")}: ${issue.message}`)
      .join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  const authSecret = authSecretProblem(process.env);
  if (authSecret) throw new Error(`Invalid environment:\n  AUTH_SECRET: ${authSecret}`);
  return { ...parsed.data, databaseUrl: resolveDatabaseUrl(process.env) };
}

export const env: Env = load();
