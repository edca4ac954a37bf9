/**
 * The native schema engine's stdio protocol, as the Prisma 7.10 CLI speaks it (class SchemaEngine
 * and the `cli` helpers in node_modules/prisma/build/cli.js). Nothing here knows about Wasm.
 *
 * - RPC mode: JSON-RPC 2.0, one message per line; requests on stdin, responses on stdout. The engine
 *   may send the CLI a `print` request, whose content the CLI writes to its own stdout.
 * - stderr carries JSON log lines. The CLI keeps ERROR lines to explain failures; for one-shot `cli`
 *   commands it parses every stderr line but the first as JSON, so stderr must hold nothing else.
 */
import { createInterface } from "node:readline";

export interface RpcErrorData {
  is_panic: boolean;
  message: string;
  /** A Prisma error code (P1001, P3009…): the CLI prints it and some commands branch on it. */
  error_code?: string;
  meta?: unknown;
}

/** Thrown by a handler to answer with this exact error payload. */
export class RpcError extends Error {
  constructor(readonly data: RpcErrorData) {
    super(data.message);
  }
}

export interface RpcContext {
  /** Asks the CLI to print `content` on its stdout (how the native engine outputs diffs). */
  print(content: string): void;
}

export type RpcHandler = (method: string, params: unknown, context: RpcContext) => Promise<unknown>;

type Level = "INFO" | "WARN" | "ERROR";

export function writeLogLine(level: Level, fields: Record<string, unknown>): void {
  const line = {
    timestamp: new Date().toISOString(),
    level,
    fields,
    target: "schema_engine::logger",
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

export function logInfo(message: string): void {
  writeLogLine("INFO", { message });
}

interface IncomingMessage {
  id?: unknown;
  method?: unknown;
  params?: unknown;
}

function parseMessage(line: string): IncomingMessage | undefined {
  try {
    const parsed: unknown = JSON.parse(line);
    return typeof parsed === "object" && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Answers requests one at a time, in order (the CLI sends one at a time anyway, and the engine is
 * not meant to run two commands at once). Resolves once stdin has ended and every answer is out,
 * or right after answering a request that panicked.
 */
export async function serveJsonRpc(handler: RpcHandler): Promise<"ended" | "panicked"> {
  const send = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);
  let printId = 0;
  const context: RpcContext = {
    print: (content) => {
      // The CLI answers with `{id, result: {}}`; that answer needs nothing from us, see below.
      send({ jsonrpc: "2.0", id: `print-${++printId}`, method: "print", params: { content } });
    },
  };

  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === "") continue;
    const message = parseMessage(line);
    if (message === undefined) {
      writeLogLine("ERROR", { message: `Could not parse JSON-RPC message: ${line.slice(0, 200)}` });
      continue;
    }
    // Only requests have a method; the other lines are the CLI's answers to our print requests.
    if (typeof message.method !== "string") continue;
    const id = message.id ?? null;
    try {
      const result: unknown = await handler(message.method, message.params, context);
      // JSON-RPC requires a result; the CLI rejects a response without one.
      send({ jsonrpc: "2.0", id, result: result ?? {} });
    } catch (error) {
      const data: RpcErrorData =
        error instanceof RpcError
          ? error.data
          : { is_panic: false, message: error instanceof Error ? error.message : String(error) };
      send({ jsonrpc: "2.0", id, error: { code: 4466, message: data.message, data } });
      if (data.is_panic) return "panicked"; // the native engine does not go on after a panic
    }
  }
  return "ended";
}
