import { describe, expect, it } from "vitest";
import { formatLogLine, redact } from "./log";

describe("redact", () => {
  it("hides sensitive keys at any depth and keeps the rest", () => {
    expect(
      redact({
        email: "a@b.c",
        password: "hunter2",
        nested: { sessionToken: "x", ok: 1 },
        list: [{ passwordHash: "h" }],
      }),
    ).toEqual({
      email: "a@b.c",
      password: "[redacted]",
      nested: { sessionToken: "[redacted]", ok: 1 },
      list: [{ passwordHash: "[redacted]" }],
    });
  });

  it("keeps an error's name and message, never its stack", () => {
    expect(redact(new TypeError("boom"))).toEqual({ name: "TypeError", message: "boom" });
  });
});

describe("formatLogLine", () => {
  it("writes one JSON object with time, level, message and the fields", () => {
    const line = JSON.parse(
      formatLogLine("warn", "sign-in failed", { requestId: "r1", password: "p" }),
    ) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: "warn",
      message: "sign-in failed",
      requestId: "r1",
      password: "[redacted]",
    });
    expect(typeof line.time).toBe("string");
  });
});
