/**
 * Authorization matrix. Finds every server action ("use server" modules) and every mutating
 * route handler in the code, requires a row for each (a new one without a row fails), and calls
 * each as every role: allowed calls succeed, denied ones get 401/403 and change nothing (all
 * table checksums equal). Allowed calls also carry extra fields (role, createdById, version,
 * status, publishedAt) that must never be written.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDefinedAction, runAction } from "@/lib/actions/action-client";
import { tableChecksums } from "./helpers/checksum";
import { createTestDatabase, type TestDatabase } from "./helpers/database";
import { buildWorld, ROLES, type Who, type World } from "./helpers/authz-world";
import { ACTION_MATRIX, ROUTE_MATRIX, type MatrixCase } from "./helpers/authz-matrix-rows";
import { contextFor } from "./helpers/staff";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SCANNED = ["app", "lib", "components"];
const SENTINEL_DATE = new Date("2001-09-09T01:46:40.000Z");

let testDb: TestDatabase;
let world: World;

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter(
      (file) => !file.includes(`${path.sep}generated${path.sep}`) && !file.endsWith(".test.ts"),
    );
}

async function findServerActionModules(): Promise<string[]> {
  const modules: string[] = [];
  for (const dir of SCANNED) {
    for (const file of await sourceFiles(path.join(ROOT, dir))) {
      const text = await readFile(file, "utf8");
      // A directive is a statement of its own; mentions in comments or strings are not.
      if (!/^\s*["']use server["'];?\s*$/m.test(text)) continue;
      // Only module-level directives: an inline "use server" function would escape the wrapper.
      const firstStatement = text.replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
      expect(
        firstStatement.startsWith('"use server"'),
        `${file}: "use server" must open the module`,
      ).toBe(true);
      modules.push(file);
    }
  }
  return modules;
}

async function findMutatingRoutes(): Promise<string[]> {
  const routes: string[] = [];
  for (const file of await sourceFiles(path.join(ROOT, "app"))) {
    if (!/route\.tsx?$/.test(file)) continue;
    const text = await readFile(file, "utf8");
    const route = `/${path.relative(path.join(ROOT, "app"), path.dirname(file)).split(path.sep).join("/")}`;
    for (const [, method] of text.matchAll(
      /export\s+(?:async\s+function|const|function)\s+(POST|PUT|PATCH|DELETE)\b/g,
    )) {
      routes.push(`${method} ${route}`);
    }
  }
  return routes;
}

async function publishedCount(): Promise<number> {
  const [row] = await testDb.db.$queryRaw<{ count: bigint }[]>`
    SELECT (SELECT count(*) FROM events WHERE status = 'PUBLISHED')
         + (SELECT count(*) FROM institutions WHERE status = 'PUBLISHED')
         + (SELECT count(*) FROM milestones WHERE status = 'PUBLISHED')
         + (SELECT count(*) FROM indicators WHERE status = 'PUBLISHED')
         + (SELECT count(*) FROM observations WHERE status = 'PUBLISHED')
         + (SELECT count(*) FROM territorial_assessments WHERE status = 'PUBLISHED') AS count`;
  return Number(row?.count ?? 0);
}

/** Nothing carries the values the extra fields tried to smuggle in. */
async function expectNoSmuggledValues(caller: Who, label: string) {
  const { db } = testDb;
  const bystanderId = world.bystander.id;
  const [traces] = await db.$queryRaw<{ count: bigint }[]>`
    SELECT (SELECT count(*) FROM events WHERE created_by_id = ${bystanderId}::uuid OR updated_by_id = ${bystanderId}::uuid OR version = 999 OR published_at = ${SENTINEL_DATE})
         + (SELECT count(*) FROM sources WHERE created_by_id = ${bystanderId}::uuid OR version = 999)
         + (SELECT count(*) FROM citations WHERE created_by_id = ${bystanderId}::uuid)
         + (SELECT count(*) FROM pending_changes WHERE created_by_id = ${bystanderId}::uuid OR version = 999)
         + (SELECT count(*) FROM revisions WHERE author_id = ${bystanderId}::uuid) AS count`;
  expect(Number(traces?.count ?? 0), `${label} as ${caller}: smuggled values written`).toBe(0);
}

beforeAll(async () => {
  testDb = await createTestDatabase("authz_matrix");
  world = await buildWorld(testDb.db);
});

afterAll(async () => {
  await testDb.drop();
});

describe("authorization matrix", () => {
  it("has a row for every server action, and every export is built by the one wrapper", async () => {
    const found: string[] = [];
    for (const file of await findServerActionModules()) {
      const exports: Record<string, unknown> = await import(file);
      for (const [exportName, value] of Object.entries(exports)) {
        expect(isDefinedAction(value), `${file}#${exportName} is not built with defineAction`).toBe(
          true,
        );
        if (isDefinedAction(value)) found.push(value.definition.name);
      }
    }
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found).size, "action names are unique").toBe(found.length);
    expect([...found].sort()).toEqual(Object.keys(ACTION_MATRIX).sort());
  });

  it("has a row for every mutating route handler", async () => {
    expect((await findMutatingRoutes()).sort()).toEqual(Object.keys(ROUTE_MATRIX).sort());
  });

  it(
    "allows exactly the listed roles, and denied calls change nothing",
    { timeout: 180_000 },
    async () => {
      const definitions = new Map<string, Parameters<typeof runAction>[0]>();
      for (const file of await findServerActionModules()) {
        const exports: Record<string, unknown> = await import(file);
        for (const value of Object.values(exports)) {
          if (isDefinedAction(value)) definitions.set(value.definition.name, value.definition);
        }
      }
      let calls = 0;
      for (const [name, row] of Object.entries(ACTION_MATRIX)) {
        const definition = definitions.get(name);
        expect(definition, name).toBeDefined();
        if (!definition) continue;
        if (row.kind === "needs-request") {
          expect(definition.access, `${name}: ${row.reason}`).toBe(row.access);
          continue;
        }
        for (const testCase of row.cases(world)) {
          calls += await callDenied(name, definition, testCase);
          for (const who of testCase.allowed) {
            await callAllowed(name, definition, testCase, who);
            calls++;
          }
        }
      }
      console.info(`authorization matrix: ${calls} calls`);
    },
  );
});

/**
 * Every role the case denies, each on its own prepared state, between two checksums of the
 * whole database: a denied call may change nothing at all.
 */
async function callDenied(
  name: string,
  definition: Parameters<typeof runAction>[0],
  testCase: MatrixCase,
): Promise<number> {
  const label = `${name} [${testCase.label}]`;
  const denied = (["anonymous", ...ROLES] as const).filter(
    (who) => !testCase.allowed.includes(who),
  );
  const calls = [];
  for (const who of denied) {
    const caller = who === "anonymous" ? null : world.staff[who];
    calls.push({ who, caller, input: await testCase.prepare(caller) });
  }
  const before = await tableChecksums(testDb.db);
  for (const { who, caller, input } of calls) {
    const result = await runAction(definition, input, contextFor(testDb.db, caller));
    expect(result.ok, `${label} as ${who} should be denied`).toBe(false);
    if (!result.ok) {
      expect(result.status, `${label} as ${who}`).toBe(who === "anonymous" ? 401 : 403);
    }
  }
  expect(
    await tableChecksums(testDb.db),
    `${label} denied to ${denied.join(", ")} changed data`,
  ).toEqual(before);
  return calls.length;
}

/** An allowed call succeeds, and the extra fields it carries are never written. */
async function callAllowed(
  name: string,
  definition: Parameters<typeof runAction>[0],
  testCase: MatrixCase,
  who: Who,
) {
  const caller = who === "anonymous" ? null : world.staff[who];
  const label = `${name} [${testCase.label}]`;
  const smuggled = withExtraFields(await testCase.prepare(caller));
  const publishedBefore = await publishedCount();
  const rolesBefore = await roles();
  const result = await runAction(definition, smuggled, contextFor(testDb.db, caller));
  expect(result, `${label} as ${who} should succeed`).toMatchObject({ ok: true });
  await expectNoSmuggledValues(who, label);
  for (const [id, role] of await roles()) {
    const before = rolesBefore.get(id);
    if (before === undefined)
      expect(role, `${label}: a new account became admin`).not.toBe("ADMIN");
    else if (!testCase.changesRoles)
      expect(role, `${label} as ${who}: a role changed`).toBe(before);
  }
  if (!testCase.publishes) {
    expect(await publishedCount(), `${label} as ${who} published something`).toBeLessThanOrEqual(
      publishedBefore,
    );
  }
}

async function roles(): Promise<Map<string, string>> {
  const users = await testDb.db.user.findMany({ select: { id: true, role: true } });
  return new Map(users.map((user) => [user.id, user.role]));
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function withExtraFields(input: unknown): unknown {
  if (!isObject(input)) return input;
  const extras = {
    role: "ADMIN",
    createdById: world.bystander.id,
    updatedById: world.bystander.id,
    authorId: world.bystander.id,
    version: 999,
    status: "PUBLISHED",
    publishedAt: SENTINEL_DATE.toISOString(),
  };
  const merged: Record<string, unknown> = { ...extras, ...input };
  if (isObject(input.data)) merged.data = { ...extras, ...input.data };
  return merged;
}
