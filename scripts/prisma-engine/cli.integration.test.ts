/**
 * The real Prisma CLI through the shim: the everyday migrate/db commands in a scratch project, the
 * project's own prisma.config.ts, and the drift check both ways.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkMigrationDrift } from "./drift";
import {
  PROJECT_ROOT,
  SHIM,
  createDatabase,
  dropDatabase,
  queryOn,
  runProcess,
  scratchDatabase,
  type ProcessResult,
} from "./test-support";

const PRISMA_CLI = path.join(PROJECT_ROOT, "node_modules", "prisma", "build", "index.js");

const SCHEMA = `generator client {
  provider = "prisma-client"
  output   = "../generated"
}

datasource db {
  provider = "postgresql"
}

model AppSetting {
  key   String @id
  value String
}
`;
const SCHEMA_WITH_NOTE = SCHEMA.replace("  value String\n", "  value String\n  note  String?\n");

/** The CLI's environment: no engine path (the config must provide it), no update check. */
function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: "1", ...extra };
  delete env.PRISMA_SCHEMA_ENGINE_BINARY;
  return env;
}

function prisma(cwd: string, args: string[], env = cliEnv()): Promise<ProcessResult> {
  return runProcess(process.execPath, [PRISMA_CLI, ...args], { cwd, env });
}

function expectOk(result: ProcessResult): void {
  expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
  // The whole point: the CLI never fetches an engine.
  expect(`${result.stdout}${result.stderr}`).not.toMatch(/download/i);
}

describe("prisma CLI through the shim", () => {
  const db = scratchDatabase("cli");
  let project = "";

  beforeAll(async () => {
    project = await mkdtemp(path.join(os.tmpdir(), "shim-cli-"));
    await mkdir(path.join(project, "prisma"));
    await symlink(path.join(PROJECT_ROOT, "node_modules"), path.join(project, "node_modules"));
    await writeFile(path.join(project, "prisma", "schema.prisma"), SCHEMA);
    // Same mechanism as the project's prisma.config.ts, with the scratch database.
    await writeFile(
      path.join(project, "prisma.config.ts"),
      `import { defineConfig } from "prisma/config";
process.env.PRISMA_SCHEMA_ENGINE_BINARY ||= ${JSON.stringify(SHIM)};
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: ${JSON.stringify(db.url)} },
});
`,
    );
  });
  afterAll(async () => {
    await dropDatabase(db.name);
    await rm(project, { recursive: true, force: true });
  });

  it(
    "runs migrate dev, status, deploy, diff, db push and migrate reset",
    { timeout: 180_000 },
    async () => {
      const dev = await prisma(project, ["migrate", "dev", "--name", "init"]);
      expectOk(dev);
      const [migration] = (await readdir(path.join(project, "prisma", "migrations"))).filter((f) =>
        f.endsWith("_init"),
      );
      expect(migration).toMatch(/^\d{14}_init$/);
      const sql = await readFile(
        path.join(project, "prisma", "migrations", migration ?? "", "migration.sql"),
        "utf8",
      );
      expect(sql).toContain('CREATE TABLE "AppSetting"');

      const status = await prisma(project, ["migrate", "status"]);
      expectOk(status);
      expect(status.stdout).toContain("Database schema is up to date!");

      const deploy = await prisma(project, ["migrate", "deploy"]);
      expectOk(deploy);
      expect(deploy.stdout).toContain("No pending migrations to apply.");

      const diffArgs = [
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema",
        "prisma/schema.prisma",
        "--exit-code",
      ];
      const inSync = await prisma(project, diffArgs);
      expectOk(inSync);
      expect(inSync.stdout).toContain("No difference detected.");

      await writeFile(path.join(project, "prisma", "schema.prisma"), SCHEMA_WITH_NOTE);
      const drifted = await prisma(project, diffArgs);
      expect(drifted.code).toBe(2);
      expect(drifted.stdout).toContain("[+] Added column `note`");

      expectOk(await prisma(project, ["db", "push"]));
      const columns =
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'AppSetting' ORDER BY 1";
      expect(await queryOn(db.url, columns)).toContainEqual({ column_name: "note" });

      const reset = await prisma(project, ["migrate", "reset", "--force"]);
      expectOk(reset);
      expect(await queryOn(db.url, columns)).not.toContainEqual({ column_name: "note" });
      expect(await queryOn(db.url, "SELECT migration_name FROM _prisma_migrations")).toEqual([
        { migration_name: migration },
      ]);
    },
  );
});

describe("project configuration", () => {
  it("points Prisma at the shim and the resolved database URL", async () => {
    const saved = process.env.PRISMA_SCHEMA_ENGINE_BINARY;
    delete process.env.PRISMA_SCHEMA_ENGINE_BINARY;
    try {
      const { default: config } = await import("../../prisma.config");
      expect(process.env.PRISMA_SCHEMA_ENGINE_BINARY).toBe(SHIM);
      expect(config.datasource?.url).toBe((await import("../../lib/db/url")).resolveDatabaseUrl());
      expect(config.migrations?.seed).toBe("tsx prisma/seed/index.ts");
    } finally {
      if (saved === undefined) delete process.env.PRISMA_SCHEMA_ENGINE_BINARY;
      else process.env.PRISMA_SCHEMA_ENGINE_BINARY = saved;
    }
  });
});

describe("checkMigrationDrift", () => {
  const db = scratchDatabase("drift");
  let dir = "";

  beforeAll(async () => {
    await createDatabase(db.name);
    dir = await mkdtemp(path.join(os.tmpdir(), "shim-drift-"));
    await mkdir(path.join(dir, "migrations", "20260101000000_init"), { recursive: true });
    await writeFile(
      path.join(dir, "migrations", "migration_lock.toml"),
      'provider = "postgresql"\n',
    );
    await writeFile(
      path.join(dir, "migrations", "20260101000000_init", "migration.sql"),
      'CREATE TABLE "AppSetting" ("key" TEXT NOT NULL, "value" TEXT NOT NULL, CONSTRAINT "AppSetting_pkey" PRIMARY KEY ("key"));\n',
    );
  });
  afterAll(async () => {
    await dropDatabase(db.name);
    await rm(dir, { recursive: true, force: true });
  });

  it(
    "passes when the migrations produce the schema and fails when they do not",
    { timeout: 120_000 },
    async () => {
      const options = {
        schema: path.join(dir, "schema.prisma"),
        migrations: path.join(dir, "migrations"),
        env: cliEnv({ DATABASE_URL: db.url }),
      };
      await writeFile(options.schema, SCHEMA);
      expect(await checkMigrationDrift(options)).toEqual({
        inSync: true,
        summary: "No difference detected.",
      });

      await writeFile(options.schema, SCHEMA_WITH_NOTE);
      const drift = await checkMigrationDrift(options);
      expect(drift.inSync).toBe(false);
      expect(drift.summary).toContain("[+] Added column `note`");
    },
  );
});
