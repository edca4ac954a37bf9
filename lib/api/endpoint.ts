/**
 * What an endpoint is, once: its path, its parameters' zod schemas and its response's. The route
 * handler parses with these schemas and the OpenAPI document is generated from the same objects,
 * so the documentation cannot drift from what the API accepts and returns.
 */
import type { z } from "zod";
import { pageSchema, singleSchema } from "./schemas/common";

export type Tag =
  "Events" | "Indicators" | "Institutions" | "Actors" | "Places" | "Sources" | "Changes";

interface BaseEndpoint<Q extends z.ZodObject, P extends z.ZodObject> {
  /** The OpenAPI path under /api/v1, e.g. "/events/{id}". */
  path: string;
  operationId: string;
  tag: Tag;
  summary: string;
  description: string;
  query: Q;
  /** Path parameters; an empty object for collections. */
  params: P;
}

export interface PageEndpoint<
  Q extends z.ZodObject,
  P extends z.ZodObject,
  I extends z.ZodType,
> extends BaseEndpoint<Q, P> {
  kind: "page";
  item: I;
  response: ReturnType<typeof pageSchema<I>>;
}

export interface SingleEndpoint<
  Q extends z.ZodObject,
  P extends z.ZodObject,
  I extends z.ZodType,
> extends BaseEndpoint<Q, P> {
  kind: "single";
  item: I;
  response: ReturnType<typeof singleSchema<I>>;
}

export type Endpoint =
  | PageEndpoint<z.ZodObject, z.ZodObject, z.ZodType>
  | SingleEndpoint<z.ZodObject, z.ZodObject, z.ZodType>;

type Definition<Q extends z.ZodObject, P extends z.ZodObject, I extends z.ZodType> = BaseEndpoint<
  Q,
  P
> & { item: I; schemaId: string; schemaDescription: string };

export function pageEndpoint<Q extends z.ZodObject, P extends z.ZodObject, I extends z.ZodType>(
  definition: Definition<Q, P, I>,
): PageEndpoint<Q, P, I> {
  const { schemaId, schemaDescription, ...rest } = definition;
  return {
    ...rest,
    kind: "page",
    response: pageSchema(definition.item, schemaId, schemaDescription),
  };
}

export function singleEndpoint<Q extends z.ZodObject, P extends z.ZodObject, I extends z.ZodType>(
  definition: Definition<Q, P, I>,
): SingleEndpoint<Q, P, I> {
  const { schemaId, schemaDescription, ...rest } = definition;
  return {
    ...rest,
    kind: "single",
    response: singleSchema(definition.item, schemaId, schemaDescription),
  };
}
