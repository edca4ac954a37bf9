import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { readDataVersion, type DataVersion } from "@/lib/data/api/data-version";
import { log } from "@/lib/log";
import { openApiFingerprint, API_BASE_PATH } from "@/lib/openapi/document";
import type { PageEndpoint, SingleEndpoint } from "./endpoint";
import { ApiError, isDatabaseUnavailable, type ErrorBody } from "./errors";
import {
  etagOf,
  isNotModified,
  lastModifiedOf,
  validatorHeaders,
  type Validators,
} from "./http-cache";
import { parsePathParams, parseQuery } from "./query";

/**
 * The one wrapper every public API route goes through: parse the path and query with the
 * endpoint's zod schemas (400 naming the parameter), answer 304 when the client's validators still
 * match the data version, else load through the data layer and answer JSON. Expected failures keep
 * their code; anything else is logged with a request id and answered as a bare 500.
 */

export interface RouteContext {
  /** Next.js gives routes without dynamic segments no params at all. */
  params?: Promise<Record<string, string | string[] | undefined> | undefined>;
}

interface Input<Q extends z.ZodObject, P extends z.ZodObject> {
  query: z.output<Q>;
  params: z.output<P>;
  searchParams: URLSearchParams;
}

interface Options<Q extends z.ZodObject, P extends z.ZodObject> {
  /** Extra part of the ETag for responses that depend on more than the database (map files). */
  representation?: (input: Input<Q, P>) => Promise<string>;
}

const COMMON_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Last-Modified, X-Request-Id",
};

function json(body: unknown, status: number, headers: Record<string, string>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", ...COMMON_HEADERS, ...headers },
  });
}

export function errorResponse(
  error: ApiError,
  requestId: string,
  extra: Record<string, string> = {},
) {
  const body: ErrorBody = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.param !== undefined ? { param: error.param } : {}),
      request_id: requestId,
    },
  };
  return json(body, error.status, {
    "Cache-Control": "no-store",
    "X-Request-Id": requestId,
    ...extra,
  });
}

function failure(error: unknown, request: Request, requestId: string): Response {
  if (error instanceof ApiError) return errorResponse(error, requestId);
  if (isDatabaseUnavailable(error)) {
    return errorResponse(
      new ApiError("service_unavailable", "The database is unavailable; retry shortly."),
      requestId,
      { "Retry-After": "5" },
    );
  }
  log.error("api request failed", {
    requestId,
    path: new URL(request.url).pathname,
    error,
    stack: error instanceof Error ? error.stack : undefined,
  });
  return errorResponse(
    new ApiError("internal_error", "Something went wrong on our side; quote the request id."),
    requestId,
  );
}

async function handle<Q extends z.ZodObject, P extends z.ZodObject>(
  endpoint: PageEndpoint<Q, P, z.ZodType> | SingleEndpoint<Q, P, z.ZodType>,
  request: Request,
  context: RouteContext,
  options: Options<Q, P>,
  produce: (input: Input<Q, P>, version: DataVersion) => Promise<unknown>,
): Promise<Response> {
  const requestId = randomUUID();
  try {
    const url = new URL(request.url);
    const input: Input<Q, P> = {
      params: parsePathParams(endpoint.params, (await context.params) ?? {}),
      query: parseQuery(endpoint.query, url.searchParams),
      searchParams: url.searchParams,
    };
    const version = await readDataVersion();
    const extra = options.representation ? await options.representation(input) : "";
    const validators: Validators = {
      etag: etagOf(version.version, `${openApiFingerprint()}${extra}`),
      lastModified: lastModifiedOf(version.changedAt, version.now),
    };
    const headers = { ...validatorHeaders(validators), "X-Request-Id": requestId };
    if (isNotModified(request.headers, validators)) {
      return new Response(null, { status: 304, headers: { ...COMMON_HEADERS, ...headers } });
    }
    const body = await produce(input, version);
    if (body === null) {
      throw new ApiError("not_found", `${url.pathname}: no published record has this id`);
    }
    return json(body, 200, headers);
  } catch (error) {
    return failure(error, request, requestId);
  }
}

/** The link to the next page: the same query with the next cursor. */
function nextLink(endpointPath: string, searchParams: URLSearchParams, cursor: string | null) {
  if (cursor === null) return null;
  const next = new URLSearchParams(searchParams);
  next.set("cursor", cursor);
  return `${API_BASE_PATH}${endpointPath}?${next.toString()}`;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  sort: string;
  limit: number;
}

export function pageRoute<Q extends z.ZodObject, P extends z.ZodObject, I extends z.ZodType>(
  endpoint: PageEndpoint<Q, P, I>,
  load: (input: Input<Q, P>) => Promise<Page<z.infer<I>>>,
  options: Options<Q, P> = {},
) {
  return (request: Request, context: RouteContext) =>
    handle(endpoint, request, context, options, async (input, version) => {
      const page = await load(input);
      const path = new URL(request.url).pathname.replace(API_BASE_PATH, "");
      const self = input.searchParams.size > 0 ? `?${input.searchParams.toString()}` : "";
      return {
        data: page.items,
        meta: {
          limit: page.limit,
          count: page.items.length,
          sort: page.sort,
          next_cursor: page.nextCursor,
          as_of: version.asOf,
        },
        links: {
          self: `${API_BASE_PATH}${path}${self}`,
          next: nextLink(path, input.searchParams, page.nextCursor),
        },
      };
    });
}

export function singleRoute<Q extends z.ZodObject, P extends z.ZodObject, I extends z.ZodType>(
  endpoint: SingleEndpoint<Q, P, I>,
  load: (input: Input<Q, P>) => Promise<z.infer<I> | null>,
  options: Options<Q, P> = {},
) {
  return (request: Request, context: RouteContext) =>
    handle(endpoint, request, context, options, async (input, version) => {
      const item = await load(input);
      return item === null ? null : { data: item, meta: { as_of: version.asOf } };
    });
}

/** A JSON document that only changes with the code (the OpenAPI document), with its own ETag. */
export function documentRoute(body: () => unknown, fingerprint: () => string) {
  return (request: Request): Response => {
    const requestId = randomUUID();
    try {
      const validators: Validators = { etag: `W/"${fingerprint()}"`, lastModified: null };
      const headers = { ...validatorHeaders(validators), "X-Request-Id": requestId };
      if (isNotModified(request.headers, validators)) {
        return new Response(null, { status: 304, headers: { ...COMMON_HEADERS, ...headers } });
      }
      return json(body(), 200, headers);
    } catch (error) {
      return failure(error, request, requestId);
    }
  };
}

/** Any path under /api/v1 that is not an endpoint: a JSON 404, never the site's HTML page. */
export function unknownPathRoute(request: Request): Response {
  const path = new URL(request.url).pathname;
  return errorResponse(
    new ApiError("not_found", `${path}: no such endpoint; see ${API_BASE_PATH}/openapi.json`),
    randomUUID(),
  );
}
