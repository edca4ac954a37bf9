import { describe, expect, it } from "vitest";
import { openApiDocument } from "./document";
import { buildReference } from "./reference";
import { exampleOf, fieldRows, typeLabel } from "./schema-nodes";

describe("the reference built from the generated document", () => {
  const reference = buildReference(openApiDocument());
  const operations = reference.tags.flatMap((tag) => tag.operations);

  it("shows every operation once, under its tag, with the API's base path", () => {
    const documented = Object.keys(openApiDocument().paths ?? {});
    expect(operations.map((operation) => operation.path).sort()).toEqual(
      documented.map((path) => `/api/v1${path}`).sort(),
    );
    expect(reference.tags.every((tag) => tag.operations.length > 0)).toBe(true);
  });

  it("lists the events' parameters with their examples and an example request", () => {
    const listEvents = operations.find((operation) => operation.id === "listEvents");
    const country = listEvents?.parameters.find((parameter) => parameter.name === "country");
    expect(country).toMatchObject({ location: "query", example: "bf" });
    expect(country?.type.values).toEqual(["ml", "bf", "ne"]);
    expect(listEvents?.exampleRequest).toBe("/api/v1/events?country=bf&area=bf-sahel");
    expect(listEvents?.responses.map((response) => response.status)).toEqual(
      expect.arrayContaining(["200", "304", "400", "500"]),
    );
  });

  it("gives each component schema its fields, nested objects as dotted rows", () => {
    const event = reference.schemas.find((schema) => schema.name === "Event");
    const names = event?.fields.map((field) => field.name) ?? [];
    expect(names).toEqual(expect.arrayContaining(["date", "actors", "actors[].role", "citations"]));
    expect(event?.fields.find((field) => field.name === "date")?.type.ref).toBe("DateRange");
  });

  it("builds an example response that has the documented shape", () => {
    const getEvent = operations.find((operation) => operation.id === "getEvent");
    const example = JSON.parse(getEvent?.exampleResponse ?? "null") as {
      data: { date: unknown; category: string };
    };
    expect(example.data.date).toEqual({
      start: "2024-03-01",
      end: "2024-03-31",
      precision: "month",
    });
    expect(example.data.category).toBe("battle");
  });
});

describe("schema readers", () => {
  it("label nullable references, arrays and formats", () => {
    expect(
      typeLabel({ anyOf: [{ $ref: "#/components/schemas/DateRange" }, { type: "null" }] }),
    ).toMatchObject({
      ref: "DateRange",
      nullable: true,
    });
    expect(typeLabel({ type: "array", items: { type: "string", format: "uuid" } }).text).toBe(
      "array of string (uuid)",
    );
  });

  it("flatten arrays of inline objects and stop at references", () => {
    const rows = fieldRows({
      type: "object",
      required: ["a"],
      properties: {
        a: { type: "array", items: { type: "object", properties: { b: { type: "integer" } } } },
        c: { $ref: "#/components/schemas/X" },
      },
    });
    expect(rows.map((row) => [row.name, row.required])).toEqual([
      ["a", true],
      ["a[].b", false],
      ["c", false],
    ]);
  });

  it("build examples without looping forever on recursive schemas", () => {
    const components = {
      Node: { type: "object", properties: { child: { $ref: "#/components/schemas/Node" } } },
    };
    expect(() => exampleOf({ $ref: "#/components/schemas/Node" }, components)).not.toThrow();
  });
});
