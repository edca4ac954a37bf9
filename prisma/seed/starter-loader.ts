/**
 * Loads the curated starter dataset (prisma/seed/starter) into the database, idempotently:
 * stable ids from the dataset's keys, writes only where something differs.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { stableUuid } from "@/lib/db/stable-id";
import { foldName } from "@/lib/places/normalize";
import type {
  StarterCitation,
  StarterDataset,
  StarterEvent,
  StarterInstitution,
} from "./starter/types";
import { SyncTally, syncRecord } from "./sync";

type CitationOwner =
  | { eventId: string }
  | { milestoneId: string }
  | { observationId: string }
  | { institutionId: string };

const AES_PLACE_ID = "AES";

const day = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

export async function loadStarterDataset(
  db: PrismaClient,
  dataset: StarterDataset,
  resolveArea: (countryId: string, name: string) => string | null,
): Promise<Record<string, SyncTally>> {
  const tallies: Record<string, SyncTally> = {};
  const tally = (kind: string) => (tallies[kind] ??= new SyncTally());
  const sourceIds = new Map<string, string>();
  const publishedAt = new Date();

  async function syncCitations(
    owner: CitationOwner,
    ownerKey: string,
    citations: StarterCitation[],
  ) {
    const ids: string[] = [];
    for (const [index, citation] of citations.entries()) {
      const sourceId = sourceIds.get(citation.source);
      if (!sourceId)
        throw new Error(`${ownerKey}: citation names unknown source "${citation.source}"`);
      const id = stableUuid(`citation:${ownerKey}:${index}`);
      ids.push(id);
      const data = {
        sourceId,
        title: citation.title,
        url: citation.url ?? null,
        publishedOn: citation.publishedOn ? day(citation.publishedOn) : null,
        quote: citation.quote ?? null,
        quoteLanguage: citation.quoteLanguage ?? null,
        locator: citation.locator ?? null,
      };
      tally("citations").add(
        await syncRecord(data, {
          find: () => db.citation.findUnique({ where: { id } }),
          create: (wanted) => db.citation.create({ data: { id, ...owner, ...wanted } }),
          update: (patch) => db.citation.update({ where: { id }, data: patch }),
        }),
      );
    }
    await db.citation.deleteMany({ where: { ...owner, id: { notIn: ids } } });
  }

  for (const source of dataset.sources) {
    const id = stableUuid(`source:${source.key}`);
    sourceIds.set(source.key, id);
    const data = {
      slug: source.key,
      name: source.name,
      publisher: source.publisher,
      kind: source.kind,
      language: source.language,
      homepageUrl: source.homepageUrl ?? null,
    };
    tally("sources").add(
      await syncRecord(data, {
        find: () => db.source.findUnique({ where: { id } }),
        create: (wanted) => db.source.create({ data: { id, status: "APPROVED", ...wanted } }),
        update: (patch) => db.source.update({ where: { id }, data: patch }),
      }),
    );
  }

  const actorIds = new Map(
    dataset.actors.map((actor) => [actor.key, stableUuid(`actor:${actor.key}`)]),
  );
  for (const actor of dataset.actors) {
    const id = actorIds.get(actor.key) ?? "";
    const data = {
      slug: actor.key,
      nameEn: actor.nameEn,
      nameFr: actor.nameFr,
      kind: actor.kind,
      countryId: actor.country ?? null,
      descriptionEn: actor.descriptionEn ?? null,
      descriptionFr: actor.descriptionFr ?? null,
    };
    tally("actors").add(
      await syncRecord(data, {
        find: () => db.actor.findUnique({ where: { id } }),
        create: (wanted) => db.actor.create({ data: { id, ...wanted } }),
        update: (patch) => db.actor.update({ where: { id }, data: patch }),
      }),
    );
    for (const alias of new Set([actor.nameEn, actor.nameFr, ...actor.aliases])) {
      const normalized = foldName(alias);
      await db.actorAlias.upsert({
        where: { normalized_actorId: { normalized, actorId: id } },
        create: { actorId: id, alias, normalized },
        update: {},
      });
    }
  }
  // Affiliations point at actors that may come later in the list: set them in a second pass.
  for (const actor of dataset.actors) {
    const affiliationId = actor.affiliation ? (actorIds.get(actor.affiliation) ?? null) : null;
    const id = actorIds.get(actor.key) ?? "";
    await db.actor.updateMany({ where: { id, NOT: { affiliationId } }, data: { affiliationId } });
  }

  const eventIds = new Map(
    dataset.events.map((event) => [event.key, stableUuid(`event:${event.key}`)]),
  );
  const institutionIds = new Map(
    dataset.institutions.map((institution) => [
      institution.key,
      stableUuid(`institution:${institution.key}`),
    ]),
  );

  for (const event of dataset.events) {
    const id = eventIds.get(event.key) ?? "";
    const data = eventData(event, resolveArea);
    tally("events").add(
      await syncRecord(data, {
        find: () => db.event.findUnique({ where: { id } }),
        create: (wanted) =>
          db.event.create({ data: { id, status: "PUBLISHED", publishedAt, ...wanted } }),
        update: (patch) => db.event.update({ where: { id }, data: patch }),
      }),
    );
    await syncCitations({ eventId: id }, `event:${event.key}`, event.citations);
    for (const link of event.actors ?? []) {
      const actorId = actorIds.get(link.actor);
      if (!actorId) throw new Error(`event ${event.key}: unknown actor "${link.actor}"`);
      await db.eventActor.upsert({
        where: { eventId_actorId_role: { eventId: id, actorId, role: link.role } },
        create: { eventId: id, actorId, role: link.role },
        update: {},
      });
    }
  }

  for (const institution of dataset.institutions) {
    await syncInstitution(institution);
  }

  async function syncInstitution(institution: StarterInstitution) {
    const id = institutionIds.get(institution.key) ?? "";
    const parentId = institution.parent ? (institutionIds.get(institution.parent) ?? null) : null;
    const data = {
      slug: institution.key,
      acronym: institution.acronym,
      nameEn: institution.nameEn,
      nameFr: institution.nameFr,
      descriptionEn: institution.descriptionEn,
      descriptionFr: institution.descriptionFr,
    };
    tally("institutions").add(
      await syncRecord(data, {
        find: () => db.institution.findUnique({ where: { id } }),
        create: (wanted) =>
          db.institution.create({ data: { id, status: "PUBLISHED", publishedAt, ...wanted } }),
        update: (patch) => db.institution.update({ where: { id }, data: patch }),
      }),
    );
    await syncCitations(
      { institutionId: id },
      `institution:${institution.key}`,
      institution.citations,
    );
    for (const milestone of institution.milestones) {
      const milestoneId = stableUuid(`milestone:${institution.key}:${milestone.key}`);
      const eventId = milestone.event ? (eventIds.get(milestone.event) ?? null) : null;
      if (milestone.event && !eventId)
        throw new Error(`milestone ${milestone.key}: unknown event "${milestone.event}"`);
      const milestoneData = {
        stage: milestone.stage,
        date: milestone.date ? day(milestone.date) : null,
        datePrecision: milestone.datePrecision,
        descriptionEn: milestone.descriptionEn,
        descriptionFr: milestone.descriptionFr,
        eventId,
      };
      tally("milestones").add(
        await syncRecord(milestoneData, {
          find: () => db.milestone.findUnique({ where: { id: milestoneId } }),
          create: (wanted) =>
            db.milestone.create({
              data: {
                id: milestoneId,
                institutionId: id,
                status: "PUBLISHED",
                publishedAt,
                ...wanted,
              },
            }),
          update: (patch) => db.milestone.update({ where: { id: milestoneId }, data: patch }),
        }),
      );
      await syncCitations(
        { milestoneId },
        `milestone:${institution.key}:${milestone.key}`,
        milestone.citations,
      );
    }
    // Parents may be listed after their children; link once all exist.
    if (parentId)
      await db.institution.updateMany({ where: { id, NOT: { parentId } }, data: { parentId } });
  }

  for (const event of dataset.events) {
    const eventId = eventIds.get(event.key) ?? "";
    for (const key of event.institutions ?? []) {
      const institutionId = institutionIds.get(key);
      if (!institutionId) throw new Error(`event ${event.key}: unknown institution "${key}"`);
      await db.institutionEvent.upsert({
        where: { institutionId_eventId: { institutionId, eventId } },
        create: { institutionId, eventId },
        update: {},
      });
    }
  }

  const indicatorIds = new Map<string, string>();
  for (const indicator of dataset.indicators) {
    const id = stableUuid(`indicator:${indicator.key}`);
    indicatorIds.set(indicator.key, id);
    const data = {
      slug: indicator.key,
      nameEn: indicator.nameEn,
      nameFr: indicator.nameFr,
      kind: indicator.kind,
      unit: indicator.unit,
      descriptionEn: indicator.descriptionEn,
      descriptionFr: indicator.descriptionFr,
      producer: indicator.producer,
      licence: indicator.licence,
    };
    tally("indicators").add(
      await syncRecord(data, {
        find: () => db.indicator.findUnique({ where: { id } }),
        create: (wanted) =>
          db.indicator.create({
            data: { id, status: "PUBLISHED", updateFrequency: "IRREGULAR", ...wanted },
          }),
        update: (patch) => db.indicator.update({ where: { id }, data: patch }),
      }),
    );
  }

  for (const observation of dataset.observations) {
    const id = stableUuid(`observation:${observation.key}`);
    const indicatorId = indicatorIds.get(observation.indicator);
    if (!indicatorId) throw new Error(`observation ${observation.key}: unknown indicator`);
    const data = {
      indicatorId,
      placeId: observation.country === "AES" ? AES_PLACE_ID : observation.country,
      periodStart: day(observation.periodStart),
      periodEnd: day(observation.periodEnd),
      value: observation.value,
      low: observation.low ?? null,
      high: observation.high ?? null,
      gapState: observation.value === null ? ("UNKNOWN" as const) : ("VALUE" as const),
      note: observation.note ?? null,
      series: `starter:${observation.key}`,
    };
    tally("observations").add(
      await syncRecord(data, {
        find: () => db.observation.findUnique({ where: { id } }),
        create: (wanted) =>
          db.observation.create({ data: { id, status: "PUBLISHED", publishedAt, ...wanted } }),
        update: (patch) => db.observation.update({ where: { id }, data: patch }),
      }),
    );
    await syncCitations(
      { observationId: id },
      `observation:${observation.key}`,
      observation.citations,
    );
  }

  return tallies;
}

function eventData(
  event: StarterEvent,
  resolveArea: (countryId: string, name: string) => string | null,
) {
  const countryId = event.country ?? event.hostCountry ?? AES_PLACE_ID;
  const areaId =
    event.area && countryId !== AES_PLACE_ID ? resolveArea(countryId, event.area) : null;
  return {
    titleEn: event.titleEn,
    titleFr: event.titleFr,
    summaryEn: event.summaryEn,
    summaryFr: event.summaryFr,
    category: event.category,
    dateStart: day(event.dateStart),
    dateEnd: day(event.dateEnd),
    datePrecision: event.datePrecision,
    countryId,
    areaId,
    areaName: event.area ?? null,
    locationName: event.locationName ?? null,
    fatalitiesLow: event.fatalities?.low ?? null,
    fatalitiesBest: event.fatalities?.best ?? null,
    fatalitiesHigh: event.fatalities?.high ?? null,
    fatalitiesCivilians: event.fatalities?.civilians ?? null,
    dataStatus: event.dataStatus ?? "FINAL",
    qualityFlags: event.area && !areaId ? ["UNRESOLVED_AREA" as const] : [],
  };
}
