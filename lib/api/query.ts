/**
 * Query strings → the input of an endpoint's zod schema, the same schema the OpenAPI document is
 * generated from. Transport rules, the same for every endpoint (and as the timeline's filters):
 * - a parameter the endpoint does not know is an error (a typo must not silently widen a query);
 * - an empty value means "not set";
 * - list parameters take repeated keys or commas (`country=bf&country=ml`, `country=bf,ml`), and
 *   their values are case-insensitive (lower-cased here);
 * - for single-valued parameters the last occurrence wins.
 */
import { z } from "zod";
import { ApiError, invalidParameter } from "./errors";

export type QuerySchema = z.ZodObject;

export const MAX_QUERY_STRING_LENGTH = 4000;

/** Whether a parameter's schema (under optional/default) is an array: a list parameter. */
export function isListSchema(schema: z.ZodType): boolean {
  let current: z.ZodType = schema;
  for (;;) {
    if (current instanceof z.ZodArray) return true;
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
      current = current.unwrap() as z.ZodType;
      continue;
    }
    return false;
  }
}

function rawInput(schema: QuerySchema, params: URLSearchParams): Record<string, string | string[]> {
  const shape = schema.shape as Record<string, z.ZodType>;
  const input: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const field = shape[key];
    if (field === undefined || !Object.hasOwn(shape, key)) {
      throw new ApiError("unknown_parameter", `${key}: not a parameter of this endpoint`, key);
    }
    const values = params.getAll(key);
    if (isListSchema(field)) {
      const items = values
        .flatMap((value) => value.split(","))
        .map((value) => value.trim().toLowerCase())
        .filter((value) => value !== "");
      if (items.length > 0) input[key] = items;
    } else {
      const last = values.at(-1)?.trim() ?? "";
      if (last !== "") input[key] = last;
    }
  }
  return input;
}

function describe(issue: z.core.$ZodIssue, input: Record<string, string | string[]>): ApiError {
  const [param, index] = issue.path;
  const name = typeof param === "string" ? param : "query";
  const raw = input[name];
  const value = Array.isArray(raw) && typeof index === "number" ? raw[index] : undefined;
  const shown = value === undefined ? "" : ` (got "${value.slice(0, 60)}")`;
  return invalidParameter(name, `${issue.message}${shown}`);
}

/** The parsed query, or an ApiError naming the first parameter at fault. */
export function parseQuery<S extends QuerySchema>(schema: S, params: URLSearchParams): z.output<S> {
  if (params.toString().length > MAX_QUERY_STRING_LENGTH) {
    throw new ApiError(
      "invalid_parameter",
      `query: the query string is longer than ${MAX_QUERY_STRING_LENGTH} characters`,
      "query",
    );
  }
  const input = rawInput(schema, params);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const [first] = result.error.issues;
  throw first ? describe(first, input) : invalidParameter("query", "invalid");
}

/** Path parameters (already split by the router) through their schema. */
export function parsePathParams<S extends QuerySchema>(
  schema: S,
  params: Record<string, string | string[] | undefined>,
): z.output<S> {
  const result = schema.safeParse(params);
  if (result.success) return result.data;
  const [first] = result.error.issues;
  const name = typeof first?.path[0] === "string" ? first.path[0] : "path";
  throw invalidParameter(name, first?.message ?? "invalid");
}
