import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError } from "./errors";
import { parseQuery } from "./query";

const schema = z.object({
  country: z.array(z.enum(["bf", "ml", "ne"])).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  from: z.iso.date().optional(),
});

const parse = (query: string) => parseQuery(schema, new URLSearchParams(query));

function refusal(query: string): ApiError {
  try {
    parse(query);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error(`expected ${query} to be refused`);
}

describe("parseQuery", () => {
  it("reads lists from repeated keys and commas, case-insensitively", () => {
    expect(parse("country=BF&country=ml,ne").country).toEqual(["bf", "ml", "ne"]);
  });

  it("treats empty values as unset and lets the last single value win", () => {
    expect(parse("country=&from=")).toEqual({ limit: 100 });
    expect(parse("limit=5&limit=7").limit).toBe(7);
  });

  it("names the parameter at fault, with the value for list members", () => {
    const error = refusal("country=bf,xx");
    expect(error.param).toBe("country");
    expect(error.message).toMatch(/^country: .*"xx"/);
    expect(refusal("limit=0").param).toBe("limit");
    expect(refusal("from=2024-02-30").param).toBe("from");
  });

  it("refuses parameters the endpoint does not have, even inherited names", () => {
    for (const name of ["countries", "__proto__", "toString", "constructor"]) {
      const error = refusal(`${name}=1`);
      expect(error.code).toBe("unknown_parameter");
      expect(error.param).toBe(name);
    }
  });

  it("refuses an overlong query string", () => {
    expect(refusal(`from=${"x".repeat(5000)}`).param).toBe("query");
  });
});
