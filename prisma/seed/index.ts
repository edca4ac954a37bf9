/**
 * The default seed: places, the curated starter dataset, and the real public datasets shipped in
 * prisma/seed/data. Deterministic and idempotent: a second run changes nothing.
 *
 *   tsx prisma/seed/index.ts [--if-needed] [--force]
 *   --if-needed  skip when the seed inputs are unchanged since the last successful run
 *   --force      allow running against a production database (NODE_ENV=production)
 */
import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/create-client";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { runSeed } from "./run-seed";

const SEED_DIR = import.meta.dirname;
const FINGERPRINT_KEY = "seed.fingerprint";

/** A hash of every file the seed reads, so a changed dataset is seeded again on the next start. */
async function seedFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  const files = (await readdir(SEED_DIR, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && !entry.name.endsWith(".test.ts"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    hash.update(path.relative(SEED_DIR, file));
    hash.update(await readFile(file));
  }
  return hash.digest("hex");
}

const args = new Set(process.argv.slice(2));
if (process.env.NODE_ENV === "production" && !args.has("--force")) {
  console.error(
    "Refusing to seed a production database (NODE_ENV=production). Pass --force to override.",
  );
  process.exit(1);
}

const db = createPrismaClient(resolveDatabaseUrl(), { max: 4, statementTimeoutMs: 120_000 });
try {
  const fingerprint = await seedFingerprint();
  const previous = await db.appSetting.findUnique({ where: { key: FINGERPRINT_KEY } });
  if (args.has("--if-needed") && previous?.value === fingerprint) {
    console.info("seed: up to date");
  } else {
    const started = Date.now();
    await runSeed(db, (line) => console.info(`seed: ${line}`));
    await db.appSetting.upsert({
      where: { key: FINGERPRINT_KEY },
      create: { key: FINGERPRINT_KEY, value: fingerprint },
      update: { value: fingerprint },
    });
    console.info(`seed: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await db.$disconnect();
}
