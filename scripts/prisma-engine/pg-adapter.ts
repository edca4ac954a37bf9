/**
 * The driver adapter the Wasm schema engine talks to PostgreSQL through: @prisma/adapter-pg 7.10,
 * with three fixes for what the engine meets that the adapter (written for the query engine) gets
 * wrong. Pinned to adapter-pg 7.10.x; re-check each fix when upgrading.
 *
 * 1. `"char"` columns (OID 18, e.g. pg_constraint.contype in the engine's catalog queries) make
 *    adapter-pg throw "Unsupported column type char". We retype them as text before adapter-pg sees
 *    them, then report them as Character columns (reporting Text made the engine panic on PG 18).
 * 2. adapter-pg's `executeScript` splits scripts on ";", which breaks any migration with a `;` in a
 *    string or a function body, and runs the pieces outside a transaction. We send the script as one
 *    simple-protocol query, like the native engine: PostgreSQL runs it as a single implicit
 *    transaction, so a failing migration leaves nothing half-applied.
 * 3. adapter-pg's shadow-database helper drops the database before closing its own pool ("being
 *    accessed by other users") and lets a connection string's database override the shadow name.
 *    We create and drop the shadow database ourselves, ending the pool first.
 */
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { withDatabaseName } from "../../lib/db/url";

const CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * Which columns of a result were `"char"`, keyed by the result's rows array: adapter-pg hands that
 * very array back in its result set, so the pairing is exact even with concurrent queries.
 */
const charColumnsByRows = new WeakMap<unknown[], number[]>();

interface PgResultLike {
  fields: { dataTypeID: number }[];
  rows: unknown[];
}

function isPgResult(value: unknown): value is PgResultLike {
  return (
    typeof value === "object" &&
    value !== null &&
    Array.isArray(Reflect.get(value, "fields")) &&
    Array.isArray(Reflect.get(value, "rows"))
  );
}

function retypeCharFields(result: unknown): void {
  // A multi-statement simple query resolves to an array of results.
  for (const one of Array.isArray(result) ? result : [result]) {
    if (!isPgResult(one)) continue;
    const charColumns: number[] = [];
    one.fields.forEach((field, index) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID; // pg already parsed the value as a string
      charColumns.push(index);
    });
    if (charColumns.length > 0) charColumnsByRows.set(one.rows, charColumns);
  }
}

/**
 * Intercepts `query` on one pooled client. Both call styles occur: pg.Pool#query passes a callback,
 * adapter-pg's transactions await a promise. `query` is overloaded, hence the untyped plumbing.
 */
function retypeCharColumnsOn(client: pg.PoolClient): void {
  const original: unknown = Reflect.get(client, "query");
  if (typeof original !== "function") return;
  const query = (...args: unknown[]): unknown => {
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) => {
        if (!error) retypeCharFields(result);
        Reflect.apply(callback, undefined, [error, result]);
      };
      return Reflect.apply(original, client, args);
    }
    const returned: unknown = Reflect.apply(original, client, args);
    if (!(returned instanceof Promise)) return returned;
    return returned.then((result: unknown) => {
      retypeCharFields(result);
      return result;
    });
  };
  Object.defineProperty(client, "query", { value: query, configurable: true, writable: true });
}

function reportCharColumns<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const index of charColumnsByRows.get(resultSet.rows) ?? []) {
      resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return resultSet;
  };
  return queryable;
}

/** What adapter-pg would have made of a server error, so the engine prints the real message. */
function toDriverAdapterError(error: unknown): unknown {
  if (!(error instanceof pg.DatabaseError)) return error;
  return new DriverAdapterError({
    kind: "postgres",
    code: error.code ?? "N/A",
    severity: error.severity ?? "N/A",
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
  });
}

async function connectTo(url: string): Promise<SqlDriverAdapter> {
  // `?schema=` is Prisma's URL convention for the namespace; pg itself ignores it.
  const schema = new URL(url).searchParams.get("schema") ?? undefined;
  const pool = new pg.Pool({ connectionString: url, allowExitOnIdle: true });
  pool.on("connect", retypeCharColumnsOn);
  const adapter = reportCharColumns(
    await new PrismaPg(pool, { schema, disposeExternalPool: true }).connect(),
  );
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) =>
    reportCharColumns(await startTransaction(isolationLevel));
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      throw toDriverAdapterError(error);
    }
  };
  return adapter;
}

/** Runs one statement on the server of `url` (CREATE/DROP DATABASE cannot share a transaction). */
export async function runAdminStatement(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface PgAdapterFactoryOptions {
  /** The datasource URL; undefined when the Prisma config has none (schema-only diffs). */
  url: string | undefined;
  /** Used as is when configured; otherwise we create a throwaway database next to `url`. */
  shadowDatabaseUrl?: string;
  /** Awaited before every connection: starts the embedded server when needed. */
  beforeConnect?: () => Promise<void>;
}

export class PgAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  /** Adapters the engine has not disposed yet, closed (and shadow databases dropped) on exit. */
  private readonly open = new Set<SqlDriverAdapter>();

  constructor(private readonly options: PgAdapterFactoryOptions) {}

  async connect(): Promise<SqlDriverAdapter> {
    return this.track(await connectTo(await this.datasourceUrl()));
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const url = await this.datasourceUrl();
    if (this.options.shadowDatabaseUrl) {
      return this.track(await connectTo(this.options.shadowDatabaseUrl));
    }
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    const quoted = pg.escapeIdentifier(name);
    await runAdminStatement(url, `CREATE DATABASE ${quoted}`);
    const adapter = await connectTo(withDatabaseName(url, name)).catch(async (error: unknown) => {
      await runAdminStatement(url, `DROP DATABASE IF EXISTS ${quoted}`);
      throw error;
    });
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose(); // ends the pool first, so the drop does not find our own sessions
      // FORCE (PostgreSQL 13+) still ends a session the server has not reaped yet.
      await runAdminStatement(url, `DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    };
    return this.track(adapter);
  }

  /** Disposes whatever the engine left open; safe to call more than once. */
  async close(): Promise<void> {
    const leftovers = [...this.open];
    this.open.clear();
    await Promise.allSettled(leftovers.map((adapter) => adapter.dispose()));
  }

  private async datasourceUrl(): Promise<string> {
    const { url, beforeConnect } = this.options;
    if (!url) {
      throw new Error("No datasource URL: set datasource.url in prisma.config.ts.");
    }
    await beforeConnect?.();
    return url;
  }

  private track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    this.open.add(adapter);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      this.open.delete(adapter);
      await dispose();
    };
    return adapter;
  }
}
