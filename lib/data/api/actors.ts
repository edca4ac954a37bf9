import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { wireValue } from "@/lib/api/schemas/common";
import type { ActorDto, actorListQuery } from "@/lib/api/schemas/actors";
import { localized } from "./dto";
import {
  ascendingBy,
  enumCondition,
  listCollection,
  loadInOrder,
  loadOne,
  tableCollection,
  type KeyRow,
} from "./keyset";
import { idOrSlugWhere } from "./lookups";

/** Actors for the API: reference data, all public (never who created or edited them). */

const ACTOR_SELECT = {
  id: true,
  slug: true,
  nameEn: true,
  nameFr: true,
  kind: true,
  descriptionEn: true,
  descriptionFr: true,
  countryId: true,
  affiliationId: true,
  updatedAt: true,
  version: true,
  aliases: { select: { alias: true }, orderBy: [{ alias: "asc" }, { id: "asc" }] },
} satisfies Prisma.ActorSelect;

type ActorRow = Prisma.ActorGetPayload<{ select: typeof ACTOR_SELECT }>;

function actorDto(row: ActorRow, updatedAt: string): ActorDto {
  return {
    id: row.id,
    slug: row.slug,
    name: localized(row.nameEn, row.nameFr),
    kind: wireValue(row.kind),
    description: localized(row.descriptionEn, row.descriptionFr),
    country_id: row.countryId,
    affiliation_id: row.affiliationId,
    aliases: row.aliases.map((alias) => alias.alias),
    updated_at: updatedAt,
    version: row.version,
  };
}

const loadActors = (keys: readonly KeyRow[]) =>
  loadInOrder(
    keys,
    (ids) => db.actor.findMany({ where: { id: { in: ids } }, select: ACTOR_SELECT }),
    actorDto,
  );

export function listApiActors(query: z.output<typeof actorListQuery>) {
  return listCollection(
    tableCollection("actors", "a", "ACTOR", enumCondition(Prisma.sql`a.kind`, query.kind)),
    ascendingBy("slug", Prisma.sql`a.slug`),
    query,
    loadActors,
  );
}

export async function getApiActor(idOrSlug: string): Promise<ActorDto | null> {
  const found = await db.actor.findFirst({
    where: idOrSlugWhere(idOrSlug),
    select: { id: true, updatedAt: true },
  });
  return loadOne("ACTOR", found, loadActors);
}
