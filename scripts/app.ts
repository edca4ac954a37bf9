/**
 * README's run command. Usage: tsx scripts/app.ts dev|start [--port N]
 * 1. a database: DATABASE_URL, or the embedded PostgreSQL in .data/ (started, or reused if up);
 * 2. pending migrations applied (prisma migrate deploy);
 * 3. the seed, only when the seed data changed since the last run (first start of a fresh clone);
 * 4. Next.js (dev server, or the production build — built first if missing).
 * Ctrl-C (SIGINT) or SIGTERM stops Next.js, then the embedded database if this script started it.
 */
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { acquireDatabase } from "./lib/database";
import { run } from "./lib/run";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("usage: tsx scripts/app.ts dev|start [--port N]");
  process.exit(2);
}
const portFlag = process.argv.indexOf("--port");
const port =
  portFlag === -1 ? (process.env.PORT ?? "3000") : (process.argv[portFlag + 1] ?? "3000");

let child: ChildProcess | undefined;
let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  stopping = true;
  child?.kill(signal);
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("exit", () => child?.kill("SIGTERM"));

const database = await acquireDatabase();
const env = { ...process.env, DATABASE_URL: database.url };
const track = (spawned: ChildProcess) => {
  child = spawned;
};

async function step(label: string, command: string, args: string[], extraEnv = {}): Promise<void> {
  if (stopping) return;
  console.info(`▶ ${label}`);
  const code = await run(command, args, { ...env, ...extraEnv }, track);
  if (code !== 0 && !stopping) {
    await database.release();
    console.error(`✖ ${label} failed (exit ${code})`);
    process.exit(code);
  }
}

await step("applying migrations", "prisma", ["migrate", "deploy"]);
await step("seeding if needed", "tsx", ["prisma/seed/index.ts", "--if-needed"]);
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
if (mode === "start" && !existsSync(`${distDir}/BUILD_ID`)) {
  await step("building (first start)", "next", ["build"], { NODE_ENV: "production" });
}
let exitCode = 0;
if (!stopping) {
  console.info(`▶ serving on http://localhost:${port}/en (Ctrl-C to stop)`);
  exitCode = await run("next", [mode, "--port", port], env, track);
}
await database.release();
process.exit(stopping ? 0 : exitCode);
