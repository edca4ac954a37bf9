import "server-only";
import { db } from "@/lib/db/client";
import { invalidParameter } from "@/lib/api/errors";
import { isUuid } from "@/lib/api/schemas/params";

/**
 * Filter values that name records (ids or slugs) resolved to ids. As with the timeline's filters,
 * a value that names nothing public is an error naming the parameter, not an empty result: a typo
 * in a sync job must not look like "no data".
 */

function split(values: readonly string[]) {
  return { ids: values.filter(isUuid), slugs: values.filter((value) => !isUuid(value)) };
}

function requireAll(
  param: string,
  values: readonly string[],
  found: readonly { id: string; slug: string }[],
): string[] {
  for (const value of values) {
    if (!found.some((row) => row.id === value || row.slug === value)) {
      throw invalidParameter(param, `unknown value "${value}"`);
    }
  }
  return found.map((row) => row.id);
}

export async function resolveIndicators(param: string, values: readonly string[]) {
  const { ids, slugs } = split(values);
  const found = await db.indicator.findMany({
    where: { status: "PUBLISHED", OR: [{ id: { in: ids } }, { slug: { in: slugs } }] },
    select: { id: true, slug: true },
  });
  return requireAll(param, values, found);
}

export async function resolveSources(param: string, values: readonly string[]) {
  const { ids, slugs } = split(values);
  const found = await db.source.findMany({
    where: {
      status: "APPROVED",
      mergedIntoId: null,
      OR: [{ id: { in: ids } }, { slug: { in: slugs } }],
    },
    select: { id: true, slug: true },
  });
  return requireAll(param, values, found);
}

/** Place ids as the API writes them ("BF-SAHEL"), from any case. */
export async function resolvePlaces(param: string, values: readonly string[]) {
  const wanted = values.map((value) => value.toUpperCase());
  const found = await db.place.findMany({ where: { id: { in: wanted } }, select: { id: true } });
  return requireAll(
    param,
    wanted,
    found.map((row) => ({ id: row.id, slug: row.id })),
  );
}

/** A `where` for a record found by id (a UUID) or slug. */
export function idOrSlugWhere(value: string): { id: string } | { slug: string } {
  return isUuid(value) ? { id: value } : { slug: value };
}
