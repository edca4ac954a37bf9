/**
 * UCDP GED (final) and UCDP Candidate (provisional) event importers.
 *
 * An event is identified by its UCDP id (EventExternalId system UCDP), across releases:
 * - GED supersedes Candidate: a GED row overwrites the candidate values and marks the event FINAL;
 * - a Candidate row for an event already FINAL is ignored (counted unchanged, tallied).
 * Per batch: lookups were preloaded once (places, actors, known UCDP ids), the batch's existing
 * events are read in one query, then new events go in with createMany and changed ones are updated
 * one by one (few: only when UCDP revised them).
 */
import { stableUuid } from "@/lib/db/stable-id";
import type { ActorRole, DataStatus } from "@/lib/generated/prisma/enums";
import { loadCountryOutlines, loadPlaceDirectory } from "@/lib/places/directory";
import { ActorRegistry } from "./actors";
import { ImportRefusedError } from "./csv";
import {
  defineImporter,
  type BatchWriter,
  type Importer,
  type ImportSession,
  type ParsedRow,
} from "./importer";
import { DATASET_SOURCES, ensureDatasetSource } from "./sources";
import { insertUcdpEvents, updateUcdpEvents } from "./ucdp-bulk";
import {
  buildUcdpEvent,
  changedEventFields,
  type UcdpEventDraft,
  type UcdpEventFields,
} from "./ucdp-event";
import { parseUcdpRow, ucdpRequiredColumns, type UcdpEventRow, type UcdpRelease } from "./ucdp-row";

const UCDP_ATTRIBUTION =
  "UCDP Georeferenced Event Dataset (Sundberg & Melander 2013, Journal of Peace Research 50(4); " +
  "Davies et al. 2024, JPR 61(4)), Uppsala Conflict Data Program, CC BY 4.0";

const RELEASES = {
  // The shared GED file "looks like v24.1" (events up to 2023-12-31).
  ged: { label: "GED 24.1", source: DATASET_SOURCES.ucdpGed, dataStatus: "FINAL" },
  candidate: {
    label: "Candidate",
    source: DATASET_SOURCES.ucdpCandidate,
    dataStatus: "PROVISIONAL",
  },
} as const satisfies Record<
  UcdpRelease,
  { label: string; source: { slug: string }; dataStatus: DataStatus }
>;

const EVENT_FIELD_SELECT = {
  titleEn: true,
  titleFr: true,
  category: true,
  ucdpViolenceType: true,
  dateStart: true,
  dateEnd: true,
  datePrecision: true,
  countryId: true,
  areaId: true,
  areaName: true,
  locationName: true,
  latitude: true,
  longitude: true,
  geoPrecision: true,
  fatalitiesLow: true,
  fatalitiesBest: true,
  fatalitiesHigh: true,
  fatalitiesSideA: true,
  fatalitiesSideB: true,
  fatalitiesCivilians: true,
  fatalitiesUnknown: true,
  dataStatus: true,
  qualityFlags: true,
  sourceText: true,
  numberOfSources: true,
  sourceCodeStatus: true,
} as const satisfies Record<keyof UcdpEventFields, true>;

interface ActorLink {
  actorId: string;
  role: ActorRole;
}

interface PlannedEvent {
  eventId: string;
  draft: UcdpEventDraft;
  actorLinks: ActorLink[];
}

const linkKey = (links: readonly ActorLink[]) =>
  links
    .map((link) => `${link.role}:${link.actorId}`)
    .sort()
    .join("|");

function actorLinks(draft: UcdpEventDraft, actors: ActorRegistry): ActorLink[] {
  const links = [
    ...draft.sideA.map((name) => ({ actorId: actors.idFor(name), role: "SIDE_A" as const })),
    ...draft.sideB.map((name) => ({ actorId: actors.idFor(name), role: "SIDE_B" as const })),
  ];
  // The primary key is (event, actor, role): one link per pair even if UCDP repeats a name.
  return links.filter(
    (link, index) => links.findIndex((other) => linkKey([other]) === linkKey([link])) === index,
  );
}

async function startUcdpWriter(
  session: ImportSession,
  release: UcdpRelease,
): Promise<BatchWriter<UcdpEventRow>> {
  const { db, report } = session;
  const releaseInfo = RELEASES[release];
  const places = await loadPlaceDirectory(db);
  if (places.countries().length === 0) {
    throw new ImportRefusedError(
      "No countries in the database: seed the places before importing events.",
    );
  }
  const outlines = await loadCountryOutlines(places.countries(), session.placesDataDir);
  const sourceId = await ensureDatasetSource(session, releaseInfo.source);
  const ucdpSourceIds = [
    ...new Set([
      sourceId,
      ...(
        await db.source.findMany({
          where: { slug: { in: [RELEASES.ged.source.slug, RELEASES.candidate.source.slug] } },
          select: { id: true },
        })
      ).map((source) => source.id),
    ]),
  ];
  const actors = await ActorRegistry.load(db);
  const knownEvents = new Map(
    (
      await db.eventExternalId.findMany({
        where: { system: "UCDP" },
        select: { externalId: true, eventId: true },
      })
    ).map((external) => [external.externalId, external.eventId]),
  );
  const firstRowOfId = new Map<string, number>();
  const context = { places, outlines, dataStatus: releaseInfo.dataStatus };
  const locatorOf = (ucdpId: string) => `UCDP event id ${ucdpId}`;
  const by = session.importedById;

  async function plan(rows: ParsedRow<UcdpEventRow>[]) {
    const drafts: UcdpEventDraft[] = [];
    for (const { row, value } of rows) {
      const firstRow = firstRowOfId.get(value.ucdpId);
      if (firstRow !== undefined) {
        report.reject(row, [
          { column: "id", reason: `repeats the event of row ${firstRow}`, value: value.ucdpId },
        ]);
        continue;
      }
      firstRowOfId.set(value.ucdpId, row);
      const built = buildUcdpEvent(value, context);
      if (!built.ok) {
        report.reject(row, built.problems);
        continue;
      }
      drafts.push(built.value);
      for (const flag of built.value.fields.qualityFlags) report.tally(`flag ${flag}`);
      if (built.value.fields.areaName !== null)
        report.tally(`unresolved adm_1 "${built.value.fields.areaName}"`);
    }

    const storedIds = drafts.flatMap((draft) => knownEvents.get(draft.ucdpId) ?? []);
    const stored = new Map(
      (storedIds.length === 0
        ? []
        : await db.event.findMany({
            where: { id: { in: storedIds } },
            select: {
              id: true,
              ...EVENT_FIELD_SELECT,
              actors: { select: { actorId: true, role: true } },
              citations: {
                where: { sourceId: { in: ucdpSourceIds } },
                select: { sourceId: true, title: true, locator: true },
              },
              externalIds: {
                where: { system: "UCDP" },
                select: { externalId: true, release: true },
              },
            },
          })
      ).map((event) => [event.id, event]),
    );

    const inserts: PlannedEvent[] = [];
    const updates: PlannedEvent[] = [];
    for (const draft of drafts) {
      const knownId = knownEvents.get(draft.ucdpId);
      const current = knownId === undefined ? undefined : stored.get(knownId);
      if (current?.dataStatus === "FINAL" && release === "candidate") {
        report.count("unchanged");
        report.tally("candidate rows ignored: event already final (GED)");
        continue;
      }
      // Only now: an ignored row must not create the actors it names.
      const links = actorLinks(draft, actors);
      if (knownId === undefined || current === undefined) {
        // Derived from the UCDP id: the same event gets the same id on every install.
        const eventId = stableUuid(`event:ucdp:${draft.ucdpId}`);
        knownEvents.set(draft.ucdpId, eventId);
        inserts.push({ eventId, draft, actorLinks: links });
        continue;
      }
      const [citation, ...otherCitations] = current.citations;
      const citationUpToDate =
        otherCitations.length === 0 &&
        citation?.sourceId === sourceId &&
        citation.title === releaseInfo.label &&
        citation.locator === locatorOf(draft.ucdpId);
      const externalIdUpToDate = current.externalIds.some(
        (external) =>
          external.externalId === draft.ucdpId && external.release === releaseInfo.label,
      );
      if (
        changedEventFields(current, draft.fields).length === 0 &&
        linkKey(current.actors) === linkKey(links) &&
        citationUpToDate &&
        externalIdUpToDate
      ) {
        report.count("unchanged");
        continue;
      }
      if (current.dataStatus === "PROVISIONAL" && draft.fields.dataStatus === "FINAL") {
        report.tally("provisional events superseded by GED");
      }
      updates.push({ eventId: current.id, draft, actorLinks: links });
    }
    return { inserts, updates };
  }

  const bulkContext = {
    importRunId: session.importRunId,
    importedById: by,
    now: session.now,
    sourceId,
    release: releaseInfo.label,
    locatorOf,
    ucdpSourceIds,
  };
  const toWrite = ({ eventId, draft, actorLinks: links }: PlannedEvent) => ({
    eventId,
    ucdpId: draft.ucdpId,
    fields: draft.fields,
    actorLinks: links,
  });

  return {
    async writeBatch(rows) {
      const { inserts, updates } = await plan(rows);
      await actors.flush(session); // before the links that reference new actors
      if (!session.dryRun) {
        await insertUcdpEvents(db, inserts.map(toWrite), bulkContext);
        await updateUcdpEvents(db, updates.map(toWrite), bulkContext);
      }
      report.count("inserted", inserts.length);
      report.count("updated", updates.length);
    },
    async finish() {},
  };
}

function ucdpImporter(release: UcdpRelease): Importer {
  const { source } = RELEASES[release];
  return defineImporter<UcdpEventRow>({
    name: release === "ged" ? "ucdp-ged" : "ucdp-candidate",
    dataset: source.name,
    unit: "event",
    requiredColumns: ucdpRequiredColumns(release),
    attribution:
      release === "ged"
        ? UCDP_ATTRIBUTION
        : `UCDP Candidate Events Dataset (provisional). ${UCDP_ATTRIBUTION}`,
    parseRow: (row) => parseUcdpRow(row, release),
    start: (session) => startUcdpWriter(session, release),
  });
}

export const ucdpGedImporter = ucdpImporter("ged");
export const ucdpCandidateImporter = ucdpImporter("candidate");
