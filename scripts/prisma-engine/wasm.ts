/**
 * Loads @prisma/schema-engine-wasm (pinned to 7.10.0-4.0edf323e…, matching prisma 7.10.0) in plain
 * Node. Its JS entry imports the .wasm file bundler-style, which Node cannot do, so we do what that
 * entry does by hand: instantiate schema_engine_bg.wasm against the generated glue module, give the
 * glue the instance, and run the Rust start function.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { ErrorCapturingSqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export type { SchemaEngine };

declare global {
  // The glue reports Rust panics here (`global.PRISMA_WASM_PANIC_REGISTRY.set_message`) before the
  // Wasm traps; without it the panic text is lost and the trap reads "unreachable".
  var PRISMA_WASM_PANIC_REGISTRY: { set_message(message: string): void } | undefined;
}

let lastPanic: string | undefined;

/** The message of the Rust panic behind the latest Wasm trap, if any; reading it clears it. */
export function takePanicMessage(): string | undefined {
  const message = lastPanic;
  lastPanic = undefined;
  return message;
}

/**
 * The engine arms timers (a 10 s one among them) that would keep Node alive after the last request;
 * unref them so the process ends when stdin does.
 */
function unrefSetTimeout(callback: () => void, ms: number): NodeJS.Timeout {
  const timer = setTimeout(callback, ms >>> 0);
  timer.unref();
  return timer;
}

let loaded: Promise<typeof glue> | undefined;

export function loadSchemaEngineWasm(): Promise<typeof glue> {
  loaded ??= instantiate();
  return loaded;
}

async function instantiate(): Promise<typeof glue> {
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (message) => {
      lastPanic = message;
    },
  };
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));

  // The import names carry a hash that changes between builds; find the timer one by prefix.
  const imports: Record<string, WebAssembly.ImportValue> = { ...glue };
  const timerImport = Object.keys(imports).find((name) => name.startsWith("__wbg_setTimeout_"));
  if (timerImport) imports[timerImport] = unrefSetTimeout;

  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": imports });
  glue.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start !== "function") throw new Error("schema_engine_bg.wasm has no __wbindgen_start");
  start();
  return glue;
}

/** The engine's own log lines (JSON strings), passed to `onLog`. */
export async function createSchemaEngine(options: {
  datamodels: [path: string, content: string][] | undefined;
  adapterFactory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory;
  onLog: (line: string) => void;
}): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadSchemaEngineWasm();
  const onLog = (line: unknown) => options.onLog(String(line));
  return SchemaEngine.new({ datamodels: options.datamodels }, onLog, options.adapterFactory);
}
