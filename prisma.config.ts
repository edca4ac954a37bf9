/**
 * Prisma 7 configuration. The datasource URL comes from lib/db/url.ts (DATABASE_URL, or the embedded
 * PostgreSQL in .data/ when unset), so the CLI and the app always agree on the database.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";
import { resolveDatabaseUrl } from "./lib/db/url";

const projectRoot = path.dirname(fileURLToPath(import.meta.url));

// Prisma 7 downloads a native schema engine before every migrate/db command, and this machine (like
// many CI sandboxes) cannot reach binaries.prisma.sh. Point the CLI at our shim instead: it speaks the
// native engine's stdio protocol and forwards to @prisma/schema-engine-wasm (see
// scripts/prisma-engine/README.md). `||=` on purpose: an explicit non-empty value still wins, while
// an empty one would make the CLI download again.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ||= path.join(
  projectRoot,
  "scripts",
  "prisma-engine",
  "schema-engine",
);

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed/index.ts",
  },
  // No shadowDatabaseUrl: the shim creates and drops its own shadow database on the same server.
  datasource: { url: resolveDatabaseUrl() },
});
