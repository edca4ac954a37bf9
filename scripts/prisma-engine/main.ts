/**
 * Entry point of the schema-engine shim (started by ./schema-engine). Takes the native engine's
 * command line, as the Prisma CLI builds it:
 *
 *   --version                                      → prints `schema-engine-cli <commit>`
 *   --datasource '{"url":…}' cli <command>         → one-shot database command, exit code
 *   --datamodels <file>… [--datasource '{…}']      → JSON-RPC server on stdin/stdout
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { CreateDatabaseParams } from "@prisma/schema-engine-wasm/schema_engine_bg";
import {
  EngineCommandError,
  canConnectToDatabase,
  createDatabase,
  dropDatabase,
} from "./databases";
import { ensureEmbeddedServerFor, type EmbeddedLease } from "./embedded";
import { createMethodHandler } from "./methods";
import { PgAdapterFactory } from "./pg-adapter";
import { logInfo, serveJsonRpc, writeLogLine } from "./protocol";
import {
  createSchemaEngine,
  loadSchemaEngineWasm,
  takePanicMessage,
  type SchemaEngine,
} from "./wasm";

interface Datasource {
  url?: string;
  shadowDatabaseUrl?: string;
}

function parseDatasource(json: string | undefined): Datasource {
  if (json === undefined) return {};
  const parsed: unknown = JSON.parse(json);
  const field = (name: string): string | undefined => {
    const value: unknown =
      typeof parsed === "object" && parsed !== null ? Reflect.get(parsed, name) : undefined;
    return typeof value === "string" && value !== "" ? value : undefined;
  };
  return { url: field("url"), shadowDatabaseUrl: field("shadowDatabaseUrl") };
}

/** Closes pools, drops leftover shadow databases, stops an embedded server we started. */
let releaseResources = async (): Promise<void> => undefined;

async function runCliCommand(
  command: string | undefined,
  url: string | undefined,
): Promise<number> {
  // The CLI drops the first stderr line and parses the rest as JSON log lines.
  logInfo(`Starting schema engine CLI (Wasm shim): ${command ?? ""}`);
  let lease: EmbeddedLease | undefined;
  try {
    if (url === undefined) throw new EngineCommandError(undefined, "No datasource URL given.");
    lease = await ensureEmbeddedServerFor(url);
    switch (command) {
      case "can-connect-to-database":
        await canConnectToDatabase(url);
        break;
      case "create-database":
        await createDatabase(url);
        break;
      case "drop-database":
        await dropDatabase(url);
        break;
      default:
        throw new EngineCommandError(undefined, `Unknown cli command: ${command ?? "(none)"}`);
    }
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const errorCode = error instanceof EngineCommandError ? error.errorCode : undefined;
    writeLogLine("ERROR", { ...(errorCode ? { error_code: errorCode } : {}), message });
    return 1;
  } finally {
    await lease?.release();
  }
}

async function runRpcServer(datamodelPaths: string[], datasource: Datasource): Promise<number> {
  logInfo("Starting schema engine RPC server (Wasm shim)");
  // No --datamodels (migrate diff, db execute) must reach the engine as "none": an empty list
  // panics ("psl::validate_multi_file() must be called with at least one file").
  const datamodels =
    datamodelPaths.length === 0
      ? undefined
      : await Promise.all(
          datamodelPaths.map(async (file): Promise<[string, string]> => [
            file,
            await readFile(file, "utf8"),
          ]),
        );
  const { url } = datasource;
  let lease: Promise<EmbeddedLease> | undefined;
  const ensureServer = async () => {
    if (url !== undefined) await (lease ??= ensureEmbeddedServerFor(url));
  };
  const factory = new PgAdapterFactory({
    url,
    shadowDatabaseUrl: datasource.shadowDatabaseUrl,
    beforeConnect: ensureServer,
  });
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(factory);
  let engine: Promise<SchemaEngine> | undefined;
  const onLog = (line: string) => process.stderr.write(`${line.trimEnd()}\n`);

  releaseResources = async () => {
    await factory.close();
    await (await lease)?.release();
  };
  const outcome = await serveJsonRpc(
    createMethodHandler({
      engine: () => (engine ??= createSchemaEngine({ datamodels, adapterFactory, onLog })),
      errorRegistry: adapterFactory.errorRegistry,
      createDatabase: async (params: CreateDatabaseParams) => {
        const target = params.datasource.tag === "ConnectionString" ? params.datasource.url : url;
        if (target === undefined) throw new Error("No datasource URL given.");
        await ensureServer();
        return createDatabase(target);
      },
    }),
  );
  await releaseResources();
  return outcome === "panicked" ? 101 : 0;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      version: { type: "boolean", short: "V" },
      datamodels: { type: "string", multiple: true },
      datasource: { type: "string" },
      // Accepted for compatibility; the Wasm engine takes neither.
      "enabled-preview-features": { type: "string" },
      "extension-types": { type: "string" },
    },
  });
  if (values.version) {
    const { version } = await loadSchemaEngineWasm();
    process.stdout.write(`schema-engine-cli ${version()}\n`);
    return 0;
  }
  const datasource = parseDatasource(values.datasource);
  if (positionals[0] === "cli") return runCliCommand(positionals[1], datasource.url);
  return runRpcServer(values.datamodels ?? [], datasource);
}

/**
 * A Rust panic traps the Wasm inside a promise callback: the request's promise never settles and
 * the trap surfaces here instead. Do what the native engine does on a panic: log it as an ERROR
 * line (the CLI shows that message) and exit with 101 (the CLI reports a schema engine panic).
 */
function exitOnPanic(error: unknown): void {
  const message =
    takePanicMessage() ?? (error instanceof Error ? (error.stack ?? error.message) : String(error));
  writeLogLine("ERROR", { is_panic: true, message });
  void releaseResources().finally(() => process.exit(101));
}
process.on("uncaughtException", exitOnPanic);
process.on("unhandledRejection", exitOnPanic);
// The CLI may go away without reading everything; nothing useful is left to do then.
process.stdout.on("error", () => process.exit(1));

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    writeLogLine("ERROR", {
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    process.exit(1);
  },
);
