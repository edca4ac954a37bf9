/**
 * Benchmark (not a test): times the UCDP GED import of prisma/seed/data's 3,624-row file into a
 * fresh database on the configured server, then a re-import (all unchanged), and prints rows/s.
 *
 *   DATABASE_URL=postgresql://… npx tsx scripts/bench-import.ts [--runs 3] [--batch-size 500]
 *   (or: tsx scripts/with-db.ts -- tsx scripts/bench-import.ts, for the embedded server)
 *
 * Each run creates its own database (bench_import_<pid>_<n>), migrates it, seeds the places, imports,
 * and drops it. Target: under 10 s on a 2-core machine; aim ≥ 5,000 rows/s.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { createPrismaClient } from "@/lib/db/create-client";
import { resolveDatabaseUrl, withDatabaseName } from "@/lib/db/url";
import { runImport } from "@/lib/import";
import { ucdpGedImporter } from "@/lib/import/ucdp";
import { PLACES_DATA_DIR } from "@/lib/places/geojson";
import { seedPlaces } from "@/prisma/seed/places";

const GED_FILE = path.join(PLACES_DATA_DIR, "ucdp_ged_events_mali_burkina_faso.csv");
const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    "batch-size": { type: "string", default: "500" },
  },
});
const runs = Number(values.runs);
const batchSize = Number(values["batch-size"]);

async function admin(statement: "create" | "drop", database: string): Promise<void> {
  const client = new pg.Client({
    connectionString: withDatabaseName(resolveDatabaseUrl(), "postgres"),
  });
  await client.connect();
  try {
    // The name is built here from the process id, never from input; identifiers cannot be parameters.
    const quoted = client.escapeIdentifier(database);
    await client.query(
      statement === "create"
        ? `CREATE DATABASE ${quoted}`
        : `DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`,
    );
  } finally {
    await client.end();
  }
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

for (let run = 1; run <= runs; run += 1) {
  const database = `bench_import_${process.pid}_${run}`;
  await admin("drop", database);
  await admin("create", database);
  const url = withDatabaseName(resolveDatabaseUrl(), database);
  const db = createPrismaClient(url, { max: 2, statementTimeoutMs: 120_000 });
  try {
    await applyMigrations(url, MIGRATIONS_DIR);
    await seedPlaces(db);
    const started = performance.now();
    const first = await runImport(db, ucdpGedImporter, { path: GED_FILE }, { batchSize });
    const firstMs = performance.now() - started;
    const again = performance.now();
    const second = await runImport(db, ucdpGedImporter, { path: GED_FILE }, { batchSize });
    const secondMs = performance.now() - again;
    const rows = first.rowsRead;
    console.info(
      `run ${run}: fresh import ${rows} rows in ${seconds(firstMs)} s (${Math.round(rows / (firstMs / 1000))} rows/s; ` +
        `inserted ${first.counts.inserted}) · re-import ${seconds(secondMs)} s ` +
        `(${Math.round(rows / (secondMs / 1000))} rows/s; unchanged ${second.counts.unchanged})`,
    );
  } finally {
    await db.$disconnect();
    await admin("drop", database);
  }
}
