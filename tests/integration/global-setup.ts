/**
 * Integration tests run against a real PostgreSQL: DATABASE_URL when set, else the embedded
 * server (started here if scripts/with-db.ts has not already started it).
 */
import { ensureEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";
import { isEmbedded } from "@/lib/db/url";

let server: EmbeddedServer | undefined;

export async function setup(): Promise<void> {
  if (isEmbedded()) {
    server = await ensureEmbeddedPostgres({ projectRoot: process.cwd() });
    process.env.DATABASE_URL = server.url();
  }
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
