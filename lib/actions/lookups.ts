"use server";
/**
 * Searches behind the editors' pickers (sources to cite, actors to link). Reads, but through
 * the same wrapper: staff only, validated input, at most 20 small rows.
 */
import { searchSchema } from "@/lib/validations/sources";
import { defineAction } from "./action-client";

const LIMIT = 20;

export const searchSourcesAction = defineAction({
  name: "lookups.sources",
  schema: searchSchema,
  access: "admin.access",
  mutates: false,
  handler: async ({ q }, { db }) =>
    db.source.findMany({
      where: {
        mergedIntoId: null,
        status: { not: "REJECTED" },
        ...(q
          ? {
              OR: [
                { name: { contains: q, mode: "insensitive" } },
                { publisher: { contains: q, mode: "insensitive" } },
                { slug: { contains: q, mode: "insensitive" } },
              ],
            }
          : {}),
      },
      orderBy: [{ status: "asc" }, { name: "asc" }],
      take: LIMIT,
      select: { id: true, name: true, publisher: true, status: true, reliability: true },
    }),
});

export const searchActorsAction = defineAction({
  name: "lookups.actors",
  schema: searchSchema,
  access: "admin.access",
  mutates: false,
  handler: async ({ q }, { db }) =>
    db.actor.findMany({
      where: q
        ? {
            OR: [
              { nameEn: { contains: q, mode: "insensitive" } },
              { nameFr: { contains: q, mode: "insensitive" } },
              { slug: { contains: q, mode: "insensitive" } },
              { aliases: { some: { alias: { contains: q, mode: "insensitive" } } } },
            ],
          }
        : undefined,
      orderBy: { nameEn: "asc" },
      take: LIMIT,
      select: { id: true, nameEn: true, nameFr: true, kind: true },
    }),
});
