import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { ActorKind } from "@/lib/generated/prisma/enums";
import { pickLocalized, type Localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Actors as the public site shows them. Actors carry no publication status of their own (they are
 * reference data); what is public about them is their names and the PUBLISHED events they take part
 * in: counts and series below only ever count published events.
 */

/** Every actor slug, for checking the `actor` filter against an allowlist. */
export const listActorSlugs = cache(async (): Promise<ReadonlySet<string>> => {
  const rows = await db.actor.findMany({ select: { slug: true } });
  return new Set(rows.map((row) => row.slug));
});

export interface ActorOption {
  slug: string;
  name: string;
  events: number;
}

// The filter form needs these counts on every filter change; they move only when events are
// published, and a minute's delay in an option list is harmless. Kept per process, per locale.
const ACTOR_OPTIONS_TTL_MS = 60_000;
const actorOptionsMemo = new Map<Locale, { at: number; options: Promise<ActorOption[]> }>();

async function queryActorOptions(locale: Locale): Promise<ActorOption[]> {
  const rows = await db.$queryRaw<
    { slug: string; name_en: string; name_fr: string; events: bigint }[]
  >`
    SELECT a.slug, a.name_en, a.name_fr, count(DISTINCT e.id) AS events
    FROM actors a
    JOIN event_actors ea ON ea.actor_id = a.id
    JOIN events e ON e.id = ea.event_id AND e.status = 'PUBLISHED'
    GROUP BY a.id
    ORDER BY events DESC, a.slug`;
  return rows.map((row) => ({
    slug: row.slug,
    name: locale === "fr" ? row.name_fr : row.name_en,
    events: Number(row.events),
  }));
}

/** Actors with at least one published event, the most active first (for the filter form). */
export const listActorOptions = cache(async (locale: Locale): Promise<ActorOption[]> => {
  const memo = actorOptionsMemo.get(locale);
  if (memo && Date.now() - memo.at < ACTOR_OPTIONS_TTL_MS) return memo.options;
  const options = queryActorOptions(locale);
  actorOptionsMemo.set(locale, { at: Date.now(), options });
  // A failed query is not remembered.
  options.catch(() => actorOptionsMemo.delete(locale));
  return options;
});

export interface ActorLink {
  slug: string;
  name: string;
}

export interface PublicActor {
  id: string;
  slug: string;
  name: string;
  /** The name in the other language when it differs ("Forces armées maliennes"). */
  otherName: string | null;
  kind: ActorKind;
  description: Localized | null;
  aliases: string[];
  affiliation: ActorLink | null;
  members: ActorLink[];
  eventCount: number;
}

export const getPublicActor = cache(
  async (slug: string, locale: Locale): Promise<PublicActor | null> => {
    const row = await db.actor.findUnique({
      where: { slug },
      select: {
        id: true,
        slug: true,
        nameEn: true,
        nameFr: true,
        kind: true,
        descriptionEn: true,
        descriptionFr: true,
        aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
        affiliation: { select: { slug: true, nameEn: true, nameFr: true } },
        members: { select: { slug: true, nameEn: true, nameFr: true }, orderBy: { slug: "asc" } },
      },
    });
    if (!row) return null;
    // Distinct events: an actor can take part in one event under two roles.
    const eventCount = await db.event.count({
      where: { status: "PUBLISHED", actors: { some: { actorId: row.id } } },
    });
    const nameOf = (actor: { nameEn: string; nameFr: string }) =>
      locale === "fr" ? actor.nameFr : actor.nameEn;
    const name = nameOf(row);
    const otherName = locale === "fr" ? row.nameEn : row.nameFr;
    const description =
      row.descriptionEn || row.descriptionFr
        ? pickLocalized(locale, row.descriptionEn, row.descriptionFr)
        : null;
    return {
      id: row.id,
      slug: row.slug,
      name,
      otherName: otherName === name ? null : otherName,
      kind: row.kind,
      description,
      aliases: row.aliases.map((alias) => alias.alias).filter((alias) => alias !== name),
      affiliation: row.affiliation
        ? { slug: row.affiliation.slug, name: nameOf(row.affiliation) }
        : null,
      members: row.members.map((member) => ({ slug: member.slug, name: nameOf(member) })),
      eventCount,
    };
  },
);

export interface YearCount {
  year: number;
  events: number;
  fatalities: number;
}

/** Published events of an actor per year (by start date), every year of the range included. */
export const countActorEventsByYear = cache(async (actorId: string): Promise<YearCount[]> => {
  const rows = await db.$queryRaw<{ year: number; events: bigint; fatalities: bigint | null }[]>`
    SELECT extract(year FROM e.date_start)::int AS year,
           count(DISTINCT e.id) AS events,
           sum(e.fatalities_best) AS fatalities
    FROM events e
    WHERE e.status = 'PUBLISHED'
      AND e.id IN (SELECT ea.event_id FROM event_actors ea WHERE ea.actor_id = ${actorId}::uuid)
    GROUP BY 1
    ORDER BY 1`;
  const first = rows[0]?.year;
  const last = rows.at(-1)?.year;
  if (first === undefined || last === undefined) return [];
  const byYear = new Map(rows.map((row) => [row.year, row]));
  return Array.from({ length: last - first + 1 }, (_, index) => {
    const row = byYear.get(first + index);
    return {
      year: first + index,
      events: Number(row?.events ?? 0),
      fatalities: Number(row?.fatalities ?? 0),
    };
  });
});

export interface ActorSummary {
  slug: string;
  name: string;
  kind: ActorKind;
  events: number;
}

/** All actors, by kind then name, with their published event counts (the /actors index). */
export const listActors = cache(async (locale: Locale): Promise<ActorSummary[]> => {
  const rows = await db.$queryRaw<
    { slug: string; name_en: string; name_fr: string; kind: ActorKind; events: bigint }[]
  >`
    SELECT a.slug, a.name_en, a.name_fr, a.kind,
           count(DISTINCT e.id) AS events
    FROM actors a
    LEFT JOIN event_actors ea ON ea.actor_id = a.id
    LEFT JOIN events e ON e.id = ea.event_id AND e.status = 'PUBLISHED'
    GROUP BY a.id
    ORDER BY events DESC, a.slug`;
  return rows.map((row) => ({
    slug: row.slug,
    name: locale === "fr" ? row.name_fr : row.name_en,
    kind: row.kind,
    events: Number(row.events),
  }));
});
