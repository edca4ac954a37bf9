/**
 * Fuzzed requests (fast-check) against every endpoint, called in-process against the seeded
 * database: whatever the query string or path parameter, the API answers with a status below 500
 * and a JSON body of the documented kind (data, or an error with a code). Parameters come from the
 * OpenAPI document, so new ones are fuzzed too; values follow each parameter's schema (valid
 * values, boundaries and near-misses: decimals for integers, impossible dates, unknown enum
 * members) mixed with hostile strings, unknown parameters and forged cursors.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSeed } from "@/prisma/seed/run-seed";
import type * as ApiHelpers from "./helpers/api";
import { createTestDatabase, type TestDatabase } from "./helpers/database";

interface ParameterSchema {
  type?: string;
  enum?: string[];
  items?: ParameterSchema;
  format?: string;
  example?: unknown;
  minimum?: number;
  maximum?: number;
}
interface Parameter {
  name: string;
  schema: ParameterSchema;
}
interface Operation {
  path: string;
  query: Parameter[];
  /** Ids and slugs of real records, for the path parameter. */
  ids: string[];
  /** [version, sort, scope] of a real cursor of this collection (unfiltered), to forge from. */
  cursorHead: unknown[] | null;
}

let testDb: TestDatabase;
let api: typeof ApiHelpers;
let operations: Operation[] = [];

const RUNS = 1500;
const statuses = new Map<number, number>();

async function describeOperation(path: string, parameters: Parameter[]): Promise<Operation> {
  const parent = path.includes("{") ? path.slice(0, path.indexOf("/{")) : null;
  const ids = parent
    ? (
        await api.getJson<{ data: { id: string; slug?: string }[] }>(`/api/v1${parent}?limit=5`)
      ).body.data.flatMap((row) => [row.id, row.slug ?? row.id])
    : [];
  const cursor = parent
    ? null
    : (await api.getJson<{ meta: { next_cursor: string | null } }>(`/api/v1${path}?limit=1`)).body
        .meta.next_cursor;
  const cursorHead = cursor
    ? (JSON.parse(Buffer.from(cursor, "base64url").toString()) as unknown[]).slice(0, 3)
    : null;
  return { path, query: parameters, ids, cursorHead };
}

beforeAll(async () => {
  testDb = await createTestDatabase("api_fuzz");
  await runSeed(testDb.db, () => undefined);
  process.env.DATABASE_URL = testDb.url;
  api = await import("./helpers/api");
  const document = (await (await api.callApi("/api/v1/openapi.json")).json()) as {
    paths: Record<string, { get: { parameters?: (Parameter & { in: string })[] } }>;
  };
  operations = await Promise.all(
    Object.entries(document.paths).map(([path, item]) =>
      describeOperation(
        path,
        (item.get.parameters ?? []).filter((parameter) => parameter.in === "query"),
      ),
    ),
  );
}, 240_000);

afterAll(async () => {
  await testDb.drop();
  console.info(
    `fuzz: ${RUNS} requests over ${operations.length} endpoints; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
});

const hostile = fc.constantFrom(
  "",
  " ",
  ",",
  ",,,",
  "%",
  "%00",
  "%ZZ",
  "\u0000",
  "' OR 1=1 --",
  "'; DROP TABLE events; --",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "NaN",
  "Infinity",
  "-0",
  "1e309",
  "9".repeat(40),
  "0x10",
  "true",
  "null",
  "[]",
  "Ségou",
  "🙂",
  "a".repeat(5000),
);

const day = fc
  .tuple(
    fc.integer({ min: 1890, max: 2110 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

const instant = fc.oneof(
  fc
    .date({ noInvalidDate: true, min: new Date("1800-01-01"), max: new Date("2300-01-01") })
    .map((date) => date.toISOString()),
  day.map((value) => `${value}T12:00:00Z`),
  fc.constantFrom(
    "2026-01-01T00:00:00.123456Z",
    "2026-01-01T00:00:00+14:00",
    "2024-01-01T25:61:61Z",
  ),
);

/** Values shaped by the parameter's schema: valid ones, boundaries and near-misses. */
function valuesFor(schema: ParameterSchema): fc.Arbitrary<string> {
  const item = schema.type === "array" ? (schema.items ?? {}) : schema;
  if (item.enum && item.enum.length > 0) {
    const member = fc.oneof(
      fc.constantFrom(...item.enum),
      fc.constantFrom(...item.enum).map((value) => value.toUpperCase()),
      fc.constantFrom(...item.enum).map((value) => `${value}x`),
    );
    return schema.type === "array"
      ? fc.array(member, { minLength: 1, maxLength: 35 }).map((values) => values.join(","))
      : member;
  }
  if (item.type === "integer" || item.type === "number") {
    const low = (item.minimum ?? 0) - 2;
    const high = (item.maximum ?? 1000) + 2;
    return fc.oneof(
      fc.integer({ min: low, max: high }).map(String),
      fc.integer({ min: low * 100, max: high * 100 }).map((hundredths) => String(hundredths / 100)),
      fc.double({ min: low, max: high, noNaN: true }).map(String),
    );
  }
  if (item.format === "date") return day;
  if (item.format === "date-time") return instant;
  const example = schema.example;
  const examples = Array.isArray(example) ? [example.join(",")] : example ? [String(example)] : [];
  return examples.length > 0
    ? fc.oneof(fc.constantFrom(...examples), fc.string({ maxLength: 30 }))
    : fc.string({ maxLength: 60 });
}

const forgedCursor = (head: unknown[] | null) =>
  fc
    .tuple(
      head
        ? fc.constant(head)
        : fc.tuple(
            fc.oneof(fc.constant(1), fc.string()),
            fc.string(),
            fc.string({ minLength: 16, maxLength: 16 }),
          ),
      fc.oneof(
        fc.constantFrom(
          "2022-01-01",
          "2022-02-30",
          "2026-01-01T00:00:00.000000Z",
          "jnim",
          "ML",
          "'",
          "",
        ),
        instant,
        fc.string({ maxLength: 40 }),
      ),
      fc.oneof(
        fc.uuid(),
        fc.string({ maxLength: 40 }),
        fc.constantFrom("99999999999999999999", "ML-SEGOU"),
      ),
    )
    .map(([start, key, id]) =>
      Buffer.from(JSON.stringify([...start, key, id])).toString("base64url"),
    );

function pairFor(operation: Operation): fc.Arbitrary<readonly [string, string]> {
  const known = operation.query.map((parameter) =>
    fc.tuple(
      fc.constant(parameter.name),
      parameter.name === "cursor"
        ? forgedCursor(operation.cursorHead)
        : fc.oneof(
            { weight: 4, arbitrary: valuesFor(parameter.schema) },
            { weight: 1, arbitrary: hostile },
          ),
    ),
  );
  const unknown = fc.tuple(fc.constantFrom("zzz", "LIMIT", "country[]", "__proto__", ""), hostile);
  return fc.oneof({ weight: 12, arbitrary: fc.oneof(...known) }, { weight: 1, arbitrary: unknown });
}

const request = fc.integer({ min: 0, max: 10_000 }).chain((pick) => {
  const operation = operations[pick % operations.length];
  if (!operation) throw new Error("no operations");
  const id = fc.oneof(
    {
      weight: 3,
      arbitrary: operation.ids.length > 0 ? fc.constantFrom(...operation.ids) : fc.uuid(),
    },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: hostile },
    { weight: 1, arbitrary: fc.string({ maxLength: 50 }) },
  );
  return fc.record({
    path: id.map((raw) => operation.path.replace("{id}", encodeURIComponent(raw))),
    pairs:
      operation.query.length > 0
        ? fc.array(pairFor(operation), { maxLength: 3 })
        : fc.constant<(readonly [string, string])[]>([]),
    // Sometimes the query string is written raw, percent signs and all.
    raw: fc.boolean(),
  });
});

describe("fuzzed requests", () => {
  it(`never answer 5xx (${RUNS} generated requests)`, async () => {
    await fc.assert(
      fc.asyncProperty(request, async ({ path, pairs, raw }) => {
        const query = raw
          ? pairs.map(([name, item]) => `${name}=${item}`).join("&")
          : new URLSearchParams(pairs.map(([name, item]) => [name, item])).toString();
        const url = `/api/v1${path}${query ? `?${query}` : ""}`;
        const response = await api.callApi(url);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const body = (await response.json()) as { data?: unknown; error?: { code: string } };
        if (response.status >= 500)
          throw new Error(`${url} → ${response.status} ${JSON.stringify(body)}`);
        if (response.status === 200) expect(body.data).toBeDefined();
        else expect(body.error?.code).toMatch(/^[a-z_]+$/);
      }),
      { numRuns: RUNS, seed: 20261123, endOnFailure: true },
    );
    expect([...statuses.values()].reduce((total, count) => total + count, 0)).toBe(RUNS);
    expect(statuses.get(200)).toBeGreaterThan(300);
    expect(statuses.get(400)).toBeGreaterThan(300);
  }, 600_000);
});
