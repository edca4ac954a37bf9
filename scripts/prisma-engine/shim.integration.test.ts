/**
 * The shim executable, driven over its stdio protocol the way the Prisma CLI drives it, against a
 * real PostgreSQL (and, for the embedded case, a scratch embedded server on a spare port).
 */
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { embeddedDatabaseUrl, withDatabaseName } from "../../lib/db/url";
import {
  ENGINE_COMMIT,
  SHIM,
  createDatabase,
  databaseExists,
  dropDatabase,
  jsonLines,
  queryOn,
  runProcess,
  scratchDatabase,
  serverUrl,
  type ProcessResult,
} from "./test-support";

const SCHEMA = `datasource db {
  provider = "postgresql"
}

model AppSetting {
  key   String @id
  value String
}
`;
const schemaFiles = { files: [{ path: "schema.prisma", content: SCHEMA }] };
const filters = { externalTables: [], externalEnums: [] };
const lockfile = { path: "migration_lock.toml", content: 'provider = "postgresql"\n' };

function migrationsList(migrations: Record<string, string>) {
  return {
    baseDir: path.join(os.tmpdir(), "shim-test-migrations"),
    lockfile,
    shadowDbInitScript: "",
    migrationDirectories: Object.entries(migrations).map(([name, script]) => ({
      path: name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: script } },
    })),
  };
}

interface RpcMessage {
  id?: unknown;
  method?: string;
  params?: { content?: string };
  result?: Record<string, unknown> & { exitCode?: number };
  error?: { data?: { is_panic?: boolean; message?: string; error_code?: string } };
}

/** Sends the requests in one go (stdin then closes), returns every stdout message and the exit. */
async function rpc(
  datasourceUrl: string | undefined,
  requests: [method: string, params?: unknown][],
  env?: NodeJS.ProcessEnv,
): Promise<
  { messages: RpcMessage[]; byId: (id: number) => RpcMessage | undefined } & ProcessResult
> {
  const input = requests
    .map(([method, params], index) =>
      JSON.stringify({ jsonrpc: "2.0", id: index + 1, method, params }),
    )
    .join("\n");
  const args =
    datasourceUrl === undefined ? [] : ["--datasource", JSON.stringify({ url: datasourceUrl })];
  const result = await runProcess(SHIM, args, { input: `${input}\n`, env });
  const messages = jsonLines(result.stdout) as RpcMessage[];
  return { ...result, messages, byId: (id) => messages.find((m) => m.id === id && !m.method) };
}

function cli(url: string, command: string, env?: NodeJS.ProcessEnv): Promise<ProcessResult> {
  return runProcess(SHIM, ["--datasource", JSON.stringify({ url }), "cli", command], { env });
}

/** What the CLI reads from a failed one-shot command: every stderr line but the first, as JSON. */
function loggedError(stderr: string): { error_code?: string; message?: string } | undefined {
  const lines = jsonLines(stderr.split("\n").slice(1).join("\n")) as {
    level: string;
    fields: object;
  }[];
  return lines.find((line) => line.level === "ERROR")?.fields;
}

const created: string[] = [];
afterAll(async () => {
  for (const name of created) await dropDatabase(name);
});

describe("schema-engine shim", () => {
  it("reports the engine version the CLI expects", async () => {
    const { code, stdout } = await runProcess(SHIM, ["--version"]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(`schema-engine-cli ${ENGINE_COMMIT}`);
  });

  it("answers the one-shot database commands with the native error codes", async () => {
    const db = scratchDatabase("oneshot");
    created.push(db.name);
    const missing = await cli(db.url, "can-connect-to-database");
    expect(missing.code).toBe(1);
    expect(loggedError(missing.stderr)).toMatchObject({ error_code: "P1003" });

    expect((await cli(db.url, "create-database")).code).toBe(0);
    expect(await databaseExists(db.name)).toBe(true);
    expect((await cli(db.url, "can-connect-to-database")).code).toBe(0);
    expect((await cli(db.url, "drop-database")).code).toBe(0);
    expect(await databaseExists(db.name)).toBe(false);

    const unreachable = await cli(
      "postgresql://postgres@127.0.0.1:1/nowhere",
      "can-connect-to-database",
    );
    expect(loggedError(unreachable.stderr)).toMatchObject({ error_code: "P1001" });
  });

  it("diffs, creates a migration through a shadow database, applies and diagnoses it", async () => {
    const db = scratchDatabase("rpc");
    created.push(db.name);
    await createDatabase(db.name);

    const first = await rpc(db.url, [
      ["getDatabaseVersion"],
      [
        "diff",
        {
          from: { tag: "empty" },
          to: { tag: "schemaDatamodel", ...schemaFiles },
          script: true,
          exitCode: true,
          filters,
        },
      ],
      [
        "createMigration",
        {
          draft: false,
          migrationName: "init",
          migrationsList: migrationsList({}),
          schema: schemaFiles,
          filters,
        },
      ],
    ]);
    expect(first.code).toBe(0);
    expect(String(first.byId(1)?.result)).toMatch(/^PostgreSQL \d+/);
    // The diff goes out as a `print` request before the response, like the native engine's.
    const print = first.messages.find((m) => m.method === "print");
    expect(print?.params?.content).toContain('CREATE TABLE "AppSetting"');
    expect(first.messages.indexOf(print ?? {})).toBeLessThan(
      first.messages.indexOf(first.byId(2) ?? {}),
    );
    expect(first.byId(2)?.result).toEqual({ exitCode: 2 });
    const created_ = first.byId(3)?.result;
    expect(created_?.generatedMigrationName).toMatch(/^\d{14}_init$/);
    const script = String(created_?.migrationScript);
    expect(script).toContain('CREATE TABLE "AppSetting"');

    const name = String(created_?.generatedMigrationName);
    const applied = await rpc(db.url, [
      ["applyMigrations", { migrationsList: migrationsList({ [name]: script }), filters }],
      [
        "diagnoseMigrationHistory",
        {
          migrationsList: migrationsList({ [name]: script }),
          optInToShadowDatabase: false,
          filters,
        },
      ],
    ]);
    expect(applied.byId(1)?.result).toEqual({ appliedMigrationNames: [name] });
    expect(applied.byId(2)?.result).toMatchObject({
      history: null,
      failedMigrationNames: [],
      hasMigrationsTable: true,
    });
    const rows = await queryOn<{ migration_name: string; checksum: string }>(
      db.url,
      "SELECT migration_name, checksum FROM _prisma_migrations",
    );
    expect(rows).toEqual([
      { migration_name: name, checksum: createHash("sha256").update(script).digest("hex") },
    ]);

    // A failing migration: the real database error, then the P3009 refusal `migrate deploy` gives.
    const broken = migrationsList({ [name]: script, "29990101000000_broken": "SELECT 1/0;" });
    const failed = await rpc(db.url, [
      ["applyMigrations", { migrationsList: broken, filters }],
      ["applyMigrations", { migrationsList: broken, filters }],
    ]);
    expect(failed.byId(1)?.error?.data?.message).toContain("division by zero");
    expect(failed.byId(1)?.error?.data?.message).not.toContain("External error");
    expect(failed.byId(2)?.error?.data?.error_code).toBe("P3009");
  });

  it("surfaces the driver's real error instead of an error registry id", async () => {
    const db = scratchDatabase("missing");
    const { byId } = await rpc(db.url, [
      ["schemaPush", { force: false, schema: schemaFiles, filters }],
    ]);
    const message = byId(1)?.error?.data?.message ?? "";
    expect(message).toContain(db.name);
    expect(message).not.toMatch(/External error id#\d+/);
  });

  it("reports a panic like the native engine: an is_panic error, then exit code 101", async () => {
    // The Wasm engine connects as it starts, so even this needs a reachable database.
    const { code, byId } = await rpc(withDatabaseName(serverUrl(), "postgres"), [
      ["debugPanic"],
      ["getDatabaseVersion"],
    ]);
    expect(byId(1)?.error?.data).toMatchObject({ is_panic: true });
    expect(byId(1)?.error?.data?.message).toMatch(/panic/i);
    expect(byId(2)).toBeUndefined();
    expect(code).toBe(101);
  });
});

async function sparePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

async function portIsClosed(port: number): Promise<boolean> {
  const result = await runProcess(process.execPath, [
    "-e",
    `require("net").connect(${port}, "localhost").on("connect", () => process.exit(1)).on("error", () => process.exit(0))`,
  ]);
  return result.code === 0;
}

describe("schema-engine shim with the embedded server", () => {
  it(
    "starts the embedded PostgreSQL when nothing answers and stops it on exit",
    { timeout: 120_000 },
    async () => {
      const root = await mkdtemp(path.join(os.tmpdir(), "shim-embedded-"));
      const port = await sparePort();
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        EMBEDDED_PG_PORT: String(port),
        PRISMA_ENGINE_PROJECT_ROOT: root,
      };
      delete env.DATABASE_URL;
      const url = embeddedDatabaseUrl("sahel_monitor", env);
      try {
        const oneShot = await cli(url, "can-connect-to-database", env);
        expect(oneShot.code, oneShot.stderr).toBe(0);
        expect(await portIsClosed(port)).toBe(true);

        const served = await rpc(url, [["getDatabaseVersion"]], env);
        expect(String(served.byId(1)?.result), served.stderr).toMatch(/^PostgreSQL 15/);
        expect(await portIsClosed(port)).toBe(true);
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    },
  );
});
