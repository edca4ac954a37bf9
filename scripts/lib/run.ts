import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const BIN = path.resolve(import.meta.dirname, "../../node_modules/.bin");

/** Runs a command with node_modules/.bin on PATH; resolves with its exit code. */
export function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  onSpawn?: (child: ChildProcess) => void,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: "inherit",
      // Next.js telemetry would call out to the internet on every build and start.
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        ...env,
        PATH: `${BIN}${path.delimiter}${env.PATH ?? ""}`,
      },
    });
    onSpawn?.(child);
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}
