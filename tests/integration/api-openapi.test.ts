/**
 * The OpenAPI document is valid OpenAPI 3.1 (checked by @readme/openapi-parser), and every
 * operation it documents answers as documented, against the seeded database: each response body
 * is validated (Ajv, JSON Schema 2020-12) against the schema the document gives for its status.
 * The walk is driven by the document alone: a new endpoint or parameter is covered automatically.
 */
import { validate } from "@readme/openapi-parser";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSeed } from "@/prisma/seed/run-seed";
import type * as ApiHelpers from "./helpers/api";
import { createTestDatabase, type TestDatabase } from "./helpers/database";

interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  items?: Schema;
  example?: unknown;
  pattern?: string;
  format?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}
interface Parameter {
  name: string;
  in: "query" | "path";
  schema: Schema;
}
interface Response {
  headers?: Record<string, { required?: boolean }>;
  content?: Record<string, { schema: Schema }>;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  responses: Record<string, Response>;
}
interface Document {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, Schema> };
}

let testDb: TestDatabase;
let api: typeof ApiHelpers;
let document: Document;
const DOC_ID = "https://sahel-monitor.test/openapi.json";
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

beforeAll(async () => {
  testDb = await createTestDatabase("api_openapi");
  await runSeed(testDb.db, () => undefined);
  process.env.DATABASE_URL = testDb.url;
  api = await import("./helpers/api");
  const served = await api.callApi("/api/v1/openapi.json");
  document = (await served.json()) as Document;
  ajv.addSchema({ $id: DOC_ID, components: document.components });
}, 240_000);

afterAll(async () => {
  await testDb.drop();
});

function validateBody(label: string, schema: Schema | undefined, body: unknown) {
  if (!schema?.$ref?.startsWith("#/components/schemas/")) {
    throw new Error(`${label}: expected a component schema, got ${JSON.stringify(schema)}`);
  }
  const check = ajv.getSchema(`${DOC_ID}${schema.$ref}`);
  if (!check) throw new Error(`${label}: ${schema.$ref} is not in the document`);
  const valid = check(body);
  expect(valid ? [] : check.errors?.slice(0, 5), label).toEqual([]);
}

const operations = () =>
  Object.entries(document.paths).map(([path, item]) => ({ path, operation: item.get }));

/** A real path: path parameters filled with the first record of the parent collection. */
async function concretePath(path: string, parameters: Parameter[]): Promise<string> {
  let concrete = path;
  for (const parameter of parameters.filter((p) => p.in === "path")) {
    const parent = path.slice(0, path.indexOf(`/{${parameter.name}}`));
    const { body } = await api.getJson<{ data: { id: string }[] }>(`/api/v1${parent}?limit=1`);
    const id = body.data[0]?.id;
    if (!id) throw new Error(`${parent} is empty`);
    concrete = concrete.replace(`{${parameter.name}}`, encodeURIComponent(id));
  }
  return `${document.servers[0]?.url ?? ""}${concrete}`;
}

function exampleValue(schema: Schema): string | null {
  if (schema.example === undefined) return null;
  return Array.isArray(schema.example) ? schema.example.join(",") : String(schema.example);
}

/** A value the parameter's schema refuses. */
function invalidValue(schema: Schema): string {
  const item = schema.type === "array" ? (schema.items ?? {}) : schema;
  if (item.type === "integer" || item.type === "number") return "not-a-number";
  if (item.enum || item.pattern || item.format) return "~invalid~";
  if (item.maxLength !== undefined) return "x".repeat(item.maxLength + 1);
  throw new Error(`no invalid value for ${JSON.stringify(schema)}`);
}

async function expectDocumented(label: string, operation: Operation, url: string, status: string) {
  const response = await api.callApi(url);
  expect(String(response.status), `${label} ${url}`).toBe(status);
  const documented = operation.responses[status];
  expect(documented, `${label}: ${status} is documented`).toBeDefined();
  for (const [name, header] of Object.entries(documented?.headers ?? {})) {
    if (header.required) expect(response.headers.get(name), `${label}: ${name}`).not.toBeNull();
  }
  validateBody(
    `${label} ${url}`,
    documented?.content?.["application/json"]?.schema,
    await response.json(),
  );
  return response;
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    expect(document.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(document) as Parameters<typeof validate>[0]);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("documents every endpoint of the API with a unique operation id", () => {
    const ids = operations().map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(15);
  });

  it("answers every operation with its documented 200, 304 and 400", async () => {
    for (const { path, operation } of operations()) {
      const parameters = operation.parameters ?? [];
      const url = await concretePath(path, parameters);
      const ok = await expectDocumented(operation.operationId, operation, url, "200");

      const etag = ok.headers.get("etag") ?? "";
      const cached = await api.callApi(url, { "If-None-Match": etag });
      expect(cached.status, `${operation.operationId} 304`).toBe(304);
      expect(operation.responses["304"]).toBeDefined();

      const separator = url.includes("?") ? "&" : "?";
      await expectDocumented(
        operation.operationId,
        operation,
        `${url}${separator}no_such_param=1`,
        "400",
      );
    }
  });

  it("accepts each documented query parameter's example, and refuses an invalid value naming it", async () => {
    let checked = 0;
    for (const { path, operation } of operations()) {
      const parameters = operation.parameters ?? [];
      const base = await concretePath(path, parameters);
      for (const parameter of parameters.filter((p) => p.in === "query")) {
        const example = exampleValue(parameter.schema);
        const label = `${operation.operationId} ${parameter.name}`;
        if (example !== null) {
          const query = new URLSearchParams({ [parameter.name]: example });
          await expectDocumented(label, operation, `${base}?${query.toString()}`, "200");
        }
        const query = new URLSearchParams({ [parameter.name]: invalidValue(parameter.schema) });
        const response = await expectDocumented(
          label,
          operation,
          `${base}?${query.toString()}`,
          "400",
        );
        expect(response.status).toBe(400);
        const { body } = await api.getJson<{ error: { param: string } }>(
          `${base}?${query.toString()}`,
        );
        expect(body.error.param, label).toBe(parameter.name);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it("answers a well-formed id of no published record with the documented 404", async () => {
    const ids: Record<string, string> = {
      uuid: "00000000-0000-4000-8000-000000000000",
      slug: "no-such-record",
      place: "ZZ-NOWHERE",
    };
    for (const { path, operation } of operations().filter(({ path }) => path.includes("{"))) {
      const id = path.startsWith("/events")
        ? ids.uuid
        : path.startsWith("/places")
          ? ids.place
          : ids.slug;
      const url = `${document.servers[0]?.url ?? ""}${path.replace("{id}", id ?? "")}`;
      await expectDocumented(operation.operationId, operation, url, "404");
    }
  });

  it("lists full Events (every documented property) when no fields are asked for", async () => {
    const { body } = await api.getJson<{ data: unknown[] }>("/api/v1/events?limit=200");
    for (const event of body.data)
      validateBody("Event", { $ref: "#/components/schemas/Event" }, event);
  });
});
