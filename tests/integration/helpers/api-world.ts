/**
 * The world the public API tests share: a database seeded like a fresh install (UCDP GED +
 * Candidate, OWID, IDMC, UNHCR, starter dataset) and the in-process route caller.
 */
import { expect } from "vitest";
import { runSeed } from "@/prisma/seed/run-seed";
import type * as ApiHelpers from "./api";
import { createTestDatabase, type TestDatabase } from "./database";

export interface Page<T = Record<string, unknown>> {
  data: T[];
  meta: { limit: number; count: number; sort: string; next_cursor: string | null; as_of: string };
  links: { self: string; next: string | null };
}
export interface ErrorBody {
  error: { code: string; message: string; param?: string; request_id: string };
}
export interface EventItem {
  id: string;
  date: { start: string; end: string; precision: string };
  [key: string]: unknown;
}

export interface ApiWorld {
  testDb: TestDatabase;
  api: typeof ApiHelpers;
  expectError(
    path: string,
    status: number,
    code: string,
    param?: string,
  ): Promise<ErrorBody["error"]>;
}

/** Seeds a new database, points the app's client at it, then loads the route caller. */
export async function openApiWorld(label: string): Promise<ApiWorld> {
  const testDb = await createTestDatabase(label);
  await runSeed(testDb.db, () => undefined);
  process.env.DATABASE_URL = testDb.url;
  const api = await import("./api");
  return {
    testDb,
    api,
    async expectError(path, status, code, param) {
      const { status: got, body } = await api.getJson<ErrorBody>(path);
      expect(got, path).toBe(status);
      expect(body.error.code, path).toBe(code);
      if (param !== undefined) expect(body.error.param, path).toBe(param);
      expect(body.error.request_id).toMatch(/^[0-9a-f-]{36}$/);
      return body.error;
    },
  };
}
