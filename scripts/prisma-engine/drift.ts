/**
 * Schema/migration drift check: do prisma/migrations, replayed on an empty database, produce exactly
 * what prisma/schema.prisma describes? A thin wrapper over the Prisma CLI, so the exact command
 * stays usable by hand (and in CI):
 *
 *   npx prisma migrate diff --from-migrations prisma/migrations --to-schema prisma/schema.prisma --exit-code
 *
 * Exit code 0: in sync. 2: they differ (the summary says how). Anything else: the check failed.
 * Replaying needs a shadow database, which the schema-engine shim creates and drops on the
 * configured server (DATABASE_URL, or the embedded one, started for the occasion if needed).
 *
 * Usage as a script: tsx scripts/prisma-engine/drift.ts [schema] [migrations]
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface DriftCheckOptions {
  /** Defaults to prisma/schema.prisma in the project. */
  schema?: string;
  /** Defaults to prisma/migrations in the project. */
  migrations?: string;
  /** Environment of the Prisma CLI (DATABASE_URL decides the server); defaults to process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface DriftCheckResult {
  inSync: boolean;
  /** The CLI's human-readable summary of the differences ("No difference detected." when none). */
  summary: string;
}

export function driftCheckCommand(options: DriftCheckOptions = {}): string[] {
  return [
    path.join(PROJECT_ROOT, "node_modules", "prisma", "build", "index.js"),
    "migrate",
    "diff",
    "--config",
    path.join(PROJECT_ROOT, "prisma.config.ts"),
    "--from-migrations",
    path.resolve(options.migrations ?? path.join(PROJECT_ROOT, "prisma", "migrations")),
    "--to-schema",
    path.resolve(options.schema ?? path.join(PROJECT_ROOT, "prisma", "schema.prisma")),
    "--exit-code",
  ];
}

export function checkMigrationDrift(options: DriftCheckOptions = {}): Promise<DriftCheckResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, driftCheckCommand(options), {
      cwd: PROJECT_ROOT,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      // The CLI starts with "Loaded Prisma config from …"; keep only the diff summary.
      const summary = stdout.replace(/^Loaded Prisma config from .*$/m, "").trim();
      if (code === 0 || code === 2) resolve({ inSync: code === 0, summary });
      else
        reject(new Error(`prisma migrate diff exited with ${String(code)}:\n${stderr || stdout}`));
    });
  });
}

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  const [schema, migrations] = process.argv.slice(2);
  checkMigrationDrift({ schema, migrations }).then(
    ({ inSync, summary }) => {
      console.log(summary);
      if (!inSync)
        console.error(
          "prisma/migrations and the schema disagree: create a migration (npx prisma migrate dev).",
        );
      process.exit(inSync ? 0 : 2);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
