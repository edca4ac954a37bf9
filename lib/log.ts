/**
 * Structured JSON logs, one object per line on stdout/stderr, with the request id when known.
 * Values under sensitive keys are replaced, whatever their nesting, so a password or a session
 * token passed by mistake never reaches the log.
 */

type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const SENSITIVE_KEY = /pass(word)?|secret|token|cookie|authorization|hash|session|api[-_]?key/i;

export type LogFields = Record<string, unknown>;

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6) return "[deep]";
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        SENSITIVE_KEY.test(key) ? "[redacted]" : redact(inner, depth + 1),
      ]),
    );
  }
  return value;
}

function threshold(): number {
  const configured = process.env.LOG_LEVEL as Level | undefined;
  return ORDER[configured ?? "info"] ?? ORDER.info;
}

export function formatLogLine(level: Level, message: string, fields: LogFields = {}): string {
  return JSON.stringify({
    time: new Date().toISOString(),
    level,
    message,
    ...(redact(fields) as LogFields),
  });
}

function write(level: Level, message: string, fields?: LogFields): void {
  if (ORDER[level] < threshold()) return;
  const line = formatLogLine(level, message, fields);
  if (level === "error" || level === "warn") process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

export const log = {
  debug: (message: string, fields?: LogFields) => write("debug", message, fields),
  info: (message: string, fields?: LogFields) => write("info", message, fields),
  warn: (message: string, fields?: LogFields) => write("warn", message, fields),
  error: (message: string, fields?: LogFields) => write("error", message, fields),
};
