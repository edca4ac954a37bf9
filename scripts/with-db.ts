/**
 * Usage: tsx scripts/with-db.ts [--database NAME] [--fresh] -- COMMAND [ARGS…]
 * Runs COMMAND with DATABASE_URL pointing at a ready server (the embedded one when DATABASE_URL
 * is unset), then stops the embedded server if this script started it.
 */
import type { ChildProcess } from "node:child_process";
import { acquireDatabase } from "./lib/database";
import { run } from "./lib/run";

function parseArgs(argv: string[]) {
  const separator = argv.indexOf("--");
  if (separator === -1 || separator === argv.length - 1) {
    throw new Error("usage: with-db.ts [--database NAME] [--fresh] -- COMMAND [ARGS…]");
  }
  const own = argv.slice(0, separator);
  const databaseFlag = own.indexOf("--database");
  return {
    database: databaseFlag === -1 ? undefined : own[databaseFlag + 1],
    fresh: own.includes("--fresh"),
    command: argv.slice(separator + 1),
  };
}

const { database, fresh, command } = parseArgs(process.argv.slice(2));
const [program, ...args] = command;
const target = await acquireDatabase({ database, fresh });
let child: ChildProcess | undefined;
const forward = (signal: NodeJS.Signals) => child?.kill(signal);
process.on("SIGINT", forward);
process.on("SIGTERM", forward);
process.on("exit", () => child?.kill("SIGTERM"));

let code = 1;
try {
  code = await run(program ?? "", args, { ...process.env, DATABASE_URL: target.url }, (spawned) => {
    child = spawned;
  });
} finally {
  await target.release();
}
process.exit(code);
