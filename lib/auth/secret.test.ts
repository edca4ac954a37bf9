import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { authSecretProblem, resolveAuthSecret } from "./secret";

const configured = "x".repeat(40);

describe("resolveAuthSecret", () => {
  it("uses AUTH_SECRET when set and refuses a short one", () => {
    expect(resolveAuthSecret({ AUTH_SECRET: configured }, "/nonexistent")).toBe(configured);
    expect(() => resolveAuthSecret({ AUTH_SECRET: "short" }, "/nonexistent")).toThrow(/32/);
  });

  it("refuses to run a production deployment without AUTH_SECRET", () => {
    const root = mkdtempSync(path.join(tmpdir(), "secret-"));
    const deployment = { NODE_ENV: "production", DATABASE_URL: "postgresql://app:pw@db:5432/x" };
    expect(authSecretProblem(deployment)).toMatch(/required in production/);
    expect(() => resolveAuthSecret(deployment, root)).toThrow(/AUTH_SECRET is required/);
    // A production build served locally on the embedded database (npm start, e2e) is not one.
    expect(authSecretProblem({ NODE_ENV: "production" })).toBeNull();
    const embedded = "postgresql://postgres:sahel-monitor-local@localhost:54387/sahel_monitor_e2e";
    expect(authSecretProblem({ NODE_ENV: "production", DATABASE_URL: embedded })).toBeNull();
    const samePortOtherPassword = "postgresql://postgres:secret@localhost:54387/prod";
    expect(
      authSecretProblem({ NODE_ENV: "production", DATABASE_URL: samePortOtherPassword }),
    ).toMatch(/required/);
  });

  it("otherwise generates one secret per checkout, private to its owner, and keeps it", () => {
    const root = mkdtempSync(path.join(tmpdir(), "secret-"));
    const first = resolveAuthSecret({ NODE_ENV: "development" }, root);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(resolveAuthSecret({ NODE_ENV: "development" }, root)).toBe(first);
    const file = path.join(root, ".data", "auth-secret");
    expect(readFileSync(file, "utf8").trim()).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0);
    const other = mkdtempSync(path.join(tmpdir(), "secret-"));
    expect(resolveAuthSecret({}, other)).not.toBe(first);
  });
});
