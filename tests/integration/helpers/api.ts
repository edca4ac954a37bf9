/**
 * Calls the public API's route handlers in-process, as Next.js would: a Request and a context with
 * the path parameters. Import it only once DATABASE_URL points at the test's database (the data
 * layer reads through the app's client).
 */

type Handler = (
  request: Request,
  context: { params?: Promise<Record<string, string | string[]>> },
) => Response | Promise<Response>;

interface Route {
  pattern: string;
  load: () => Promise<{ GET: Handler }>;
}

// Static segments before dynamic ones, as Next.js matches them.
const ROUTES: Route[] = [
  { pattern: "/api/v1/openapi.json", load: () => import("@/app/api/v1/openapi.json/route") },
  { pattern: "/api/v1/events", load: () => import("@/app/api/v1/events/route") },
  { pattern: "/api/v1/events/[id]", load: () => import("@/app/api/v1/events/[id]/route") },
  { pattern: "/api/v1/indicators", load: () => import("@/app/api/v1/indicators/route") },
  {
    pattern: "/api/v1/indicators/[id]/series",
    load: () => import("@/app/api/v1/indicators/[id]/series/route"),
  },
  { pattern: "/api/v1/indicators/[id]", load: () => import("@/app/api/v1/indicators/[id]/route") },
  { pattern: "/api/v1/observations", load: () => import("@/app/api/v1/observations/route") },
  { pattern: "/api/v1/institutions", load: () => import("@/app/api/v1/institutions/route") },
  {
    pattern: "/api/v1/institutions/[id]",
    load: () => import("@/app/api/v1/institutions/[id]/route"),
  },
  { pattern: "/api/v1/actors", load: () => import("@/app/api/v1/actors/route") },
  { pattern: "/api/v1/actors/[id]", load: () => import("@/app/api/v1/actors/[id]/route") },
  { pattern: "/api/v1/places", load: () => import("@/app/api/v1/places/route") },
  { pattern: "/api/v1/places/[id]", load: () => import("@/app/api/v1/places/[id]/route") },
  { pattern: "/api/v1/sources", load: () => import("@/app/api/v1/sources/route") },
  { pattern: "/api/v1/sources/[id]", load: () => import("@/app/api/v1/sources/[id]/route") },
  {
    pattern: "/api/v1/changes/deletions",
    load: () => import("@/app/api/v1/changes/deletions/route"),
  },
  { pattern: "/api/v1/[...rest]", load: () => import("@/app/api/v1/[...rest]/route") },
];

function match(pattern: string, pathname: string): Record<string, string | string[]> | null {
  const wanted = pattern.split("/").filter(Boolean);
  const given = pathname.split("/").filter(Boolean);
  const params: Record<string, string | string[]> = {};
  for (const [index, segment] of wanted.entries()) {
    const catchAll = /^\[\.\.\.(\w+)\]$/.exec(segment);
    if (catchAll?.[1]) {
      if (given.length <= index) return null;
      params[catchAll[1]] = given.slice(index).map(decodeURIComponent);
      return params;
    }
    const value = given[index];
    if (value === undefined) return null;
    const dynamic = /^\[(\w+)\]$/.exec(segment);
    if (dynamic?.[1]) params[dynamic[1]] = decodeURIComponent(value);
    else if (segment !== value) return null;
  }
  return given.length === wanted.length ? params : null;
}

/** GET `pathAndQuery` (e.g. "/api/v1/events?country=bf") through the matching route handler. */
export async function callApi(pathAndQuery: string, headers: HeadersInit = {}): Promise<Response> {
  const url = new URL(pathAndQuery, "http://localhost");
  for (const route of ROUTES) {
    const params = match(route.pattern, url.pathname);
    if (params === null) continue;
    const { GET } = await route.load();
    // As Next.js does: routes without dynamic segments get no params at all.
    const context = Object.keys(params).length > 0 ? { params: Promise.resolve(params) } : {};
    return GET(new Request(url, { headers }), context);
  }
  throw new Error(`no route for ${url.pathname}`);
}

export async function getJson<T = Record<string, unknown>>(
  pathAndQuery: string,
): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await callApi(pathAndQuery);
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

/** Every item of a collection, following next_cursor. */
export async function readAll<T = Record<string, unknown>>(
  pathAndQuery: string,
): Promise<{ items: T[]; asOf: string; pages: number }> {
  const items: T[] = [];
  let next: string | null = pathAndQuery;
  let asOf: string | null = null;
  let pages = 0;
  while (next !== null) {
    const page: {
      status: number;
      body: { data: T[]; meta: { as_of: string }; links: { next: string | null } };
    } = await getJson<{
      data: T[];
      meta: { as_of: string };
      links: { next: string | null };
    }>(next);
    const { status, body } = page;
    if (status !== 200) throw new Error(`${next}: ${status} ${JSON.stringify(body)}`);
    items.push(...body.data);
    asOf ??= body.meta.as_of;
    next = body.links.next;
    pages++;
  }
  return { items, asOf: asOf ?? "", pages };
}
