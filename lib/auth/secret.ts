/**
 * The key that encrypts session cookies. AUTH_SECRET when set; required in production. Local
 * runs on the embedded PostgreSQL (npm run dev, npm start, the test suites — which build and
 * serve with NODE_ENV=production too) instead get a random secret generated once per checkout
 * in .data/auth-secret (git-ignored, mode 600): sessions survive restarts and no secret is ever
 * hard-coded or shared between machines.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EMBEDDED_PASSWORD, embeddedPort, resolveDatabaseUrl } from "@/lib/db/url";

const MIN_LENGTH = 32;

type Env = Record<string, string | undefined>;

/** The embedded server: localhost, its port, its local-only password. Never a deployment. */
function usesEmbeddedDatabase(env: Env): boolean {
  const url = new URL(resolveDatabaseUrl(env));
  return (
    ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname) &&
    Number(url.port) === embeddedPort(env) &&
    decodeURIComponent(url.password) === EMBEDDED_PASSWORD
  );
}

/** Why the configuration cannot start, or null. lib/env.ts checks it at start-up. */
export function authSecretProblem(env: Env = process.env): string | null {
  const configured = env.AUTH_SECRET?.trim();
  if (configured) {
    return configured.length < MIN_LENGTH ? `must be at least ${MIN_LENGTH} characters` : null;
  }
  if (env.NODE_ENV === "production" && !usesEmbeddedDatabase(env)) {
    return "is required in production (generate one: openssl rand -base64 32)";
  }
  return null;
}

function readOrCreate(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      // "wx": when two processes start at once, the second one reads what the first wrote.
      writeFileSync(file, `${randomBytes(48).toString("base64url")}\n`, {
        flag: "wx",
        mode: 0o600,
      });
    } catch (error) {
      const exists = error instanceof Error && "code" in error && error.code === "EEXIST";
      if (!exists) throw error;
    }
    return readFileSync(file, "utf8").trim();
  }
}

export function resolveAuthSecret(
  env: Env = process.env,
  projectRoot: string = process.cwd(),
): string {
  const problem = authSecretProblem(env);
  if (problem) throw new Error(`AUTH_SECRET ${problem}`);
  const configured = env.AUTH_SECRET?.trim();
  if (configured) return configured;
  const secret = readOrCreate(path.join(projectRoot, ".data", "auth-secret"));
  if (secret.length < MIN_LENGTH) throw new Error(".data/auth-secret is too short; delete it");
  return secret;
}
