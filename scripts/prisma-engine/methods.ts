/**
 * Maps the CLI's JSON-RPC methods onto the Wasm engine. Most have the same name and payload; the
 * differences are spelled out below. Params are passed through unchecked: the engine deserialises
 * them itself (serde) and rejects a wrong shape with a readable error.
 */
import type { ErrorRegistry } from "@prisma/driver-adapter-utils";
import type {
  ApplyMigrationsInput,
  CreateDatabaseParams,
  CreateMigrationInput,
  DbExecuteParams,
  DevDiagnosticInput,
  DiagnoseMigrationHistoryInput,
  DiffParams,
  EnsureConnectionValidityParams,
  EvaluateDataLossInput,
  GetDatabaseVersionInput,
  IntrospectParams,
  IntrospectSqlParams,
  MarkMigrationAppliedInput,
  MarkMigrationRolledBackInput,
  MigrationList,
  ResetInput,
  SchemaFilter,
  SchemaPushInput,
} from "@prisma/schema-engine-wasm/schema_engine_bg";
import { RpcError, type RpcContext, type RpcHandler } from "./protocol";
import { takePanicMessage, type SchemaEngine } from "./wasm";

export interface MethodDeps {
  engine: () => Promise<SchemaEngine>;
  errorRegistry: ErrorRegistry;
  /** `createDatabase` is not in the Wasm engine; main.ts implements it with pg. */
  createDatabase: (params: CreateDatabaseParams) => Promise<{ databaseName: string }>;
}

type Method = (engine: SchemaEngine, params: unknown, context: RpcContext) => Promise<unknown>;

/**
 * The Wasm engine only takes a shadow database from the adapter factory while diagnosing the
 * migration history with `optInToShadowDatabase`. Called cold, createMigration and evaluateDataLoss
 * fail with "PostgreSQL shadow DB must be provided through an external factory".
 */
async function diagnoseFirst(
  engine: SchemaEngine,
  input: { migrationsList: MigrationList; filters: SchemaFilter },
): Promise<void> {
  await engine.diagnoseMigrationHistory({
    migrationsList: input.migrationsList,
    filters: input.filters,
    optInToShadowDatabase: true,
  });
}

const methods: Record<string, Method> = {
  applyMigrations: (e, p) => e.applyMigrations(p as ApplyMigrationsInput),
  createMigration: async (e, p) => {
    const input = p as CreateMigrationInput;
    await diagnoseFirst(e, input);
    return e.createMigration(input);
  },
  dbExecute: (e, p) => e.dbExecute(p as DbExecuteParams),
  debugPanic: async (e) => e.debugPanic(),
  devDiagnostic: (e, p) => e.devDiagnostic(p as DevDiagnosticInput),
  diagnoseMigrationHistory: (e, p) =>
    e.diagnoseMigrationHistory(p as DiagnoseMigrationHistoryInput),
  // The Wasm engine returns the diff; the native one prints it through the CLI and returns only the
  // exit code, which is what the CLI expects.
  diff: async (e, p, context) => {
    const { exitCode, stdout } = await e.diff(p as DiffParams);
    if (stdout !== null) context.print(stdout);
    return { exitCode };
  },
  ensureConnectionValidity: (e, p) =>
    e.ensureConnectionValidity(p as EnsureConnectionValidityParams),
  evaluateDataLoss: async (e, p) => {
    const input = p as EvaluateDataLossInput;
    await diagnoseFirst(e, input);
    return e.evaluateDataLoss(input);
  },
  getDatabaseVersion: (e, p) => e.version((p ?? null) as GetDatabaseVersionInput | null),
  introspect: (e, p) => e.introspect(p as IntrospectParams),
  introspectSql: (e, p) => e.introspectSql(p as IntrospectSqlParams),
  markMigrationApplied: (e, p) => e.markMigrationApplied(p as MarkMigrationAppliedInput),
  markMigrationRolledBack: (e, p) => e.markMigrationRolledBack(p as MarkMigrationRolledBackInput),
  reset: (e, p) => e.reset(p as ResetInput),
  schemaPush: (e, p) => e.schemaPush(p as SchemaPushInput),
};

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Engine errors become the payload the CLI expects. A failing driver call reaches the engine as
 * "External error id#N"; the real error waits in the adapter factory's registry under N.
 */
export function toRpcError(error: unknown, registry: ErrorRegistry): RpcError {
  const panic = takePanicMessage();
  if (panic !== undefined || error instanceof WebAssembly.RuntimeError) {
    return new RpcError({ is_panic: true, message: panic ?? describe(error) });
  }
  const message = describe(error).replace(/External error id#(\d+)/g, (text, id: string) => {
    const record = registry.consumeError(Number(id));
    return record === undefined ? text : describe(record.error);
  });
  const code: unknown =
    typeof error === "object" && error !== null ? Reflect.get(error, "code") : undefined;
  const meta: unknown =
    typeof error === "object" && error !== null ? Reflect.get(error, "meta") : undefined;
  return new RpcError({
    is_panic: false,
    message,
    ...(typeof code === "string" && /^P\d{4}$/.test(code) ? { error_code: code } : {}),
    ...(meta !== undefined ? { meta } : {}),
  });
}

export function createMethodHandler(deps: MethodDeps): RpcHandler {
  return async (method, params, context) => {
    if (method === "createDatabase") return deps.createDatabase(params as CreateDatabaseParams);
    const call = methods[method];
    if (call === undefined) {
      throw new RpcError({
        is_panic: false,
        message: `The Wasm schema engine shim does not implement "${method}".`,
      });
    }
    try {
      return await call(await deps.engine(), params, context);
    } catch (error) {
      throw toRpcError(error, deps.errorRegistry);
    }
  };
}
