/**
 * The editable content of an event: the same schema validates the admin form in the browser
 * and the server action. Workflow fields (status, publication, version, authorship) are not
 * part of it and can never be set through it.
 */
import { z } from "zod";
import { ActorRole, DataStatus, EventCategory } from "@/lib/generated/prisma/enums";
import { AREAS } from "@/lib/places/catalog";
import { citationsSchema } from "./citation";
import { dateRangeProblem, datePrecisionSchema, isoDateSchema } from "./dates";
import { fatalityErrors } from "./fatalities";
import { optionalCount, optionalInteger, optionalNumber, optionalText } from "./fields";

export const EVENT_COUNTRY_IDS = ["AES", "ML", "BF", "NE"] as const;

const eventActorSchema = z.object({
  actorId: z.uuid({ error: "required" }),
  role: z.enum(ActorRole, { error: "invalid" }),
});

export const eventDataSchema = z
  .object({
    titleEn: optionalText(300),
    titleFr: optionalText(300),
    summaryEn: optionalText(5000),
    summaryFr: optionalText(5000),
    category: z.enum(EventCategory, { error: "required" }),
    datePrecision: datePrecisionSchema,
    dateStart: isoDateSchema,
    dateEnd: isoDateSchema,
    countryId: z.enum(EVENT_COUNTRY_IDS, { error: "required" }),
    areaId: z.preprocess((value) => value || null, z.string().max(32).nullable()),
    locationName: optionalText(200),
    latitude: optionalNumber(-90, 90),
    longitude: optionalNumber(-180, 180),
    geoPrecision: optionalInteger(1, 7),
    fatalitiesLow: optionalCount,
    fatalitiesBest: optionalCount,
    fatalitiesHigh: optionalCount,
    fatalitiesSideA: optionalCount,
    fatalitiesSideB: optionalCount,
    fatalitiesCivilians: optionalCount,
    fatalitiesUnknown: optionalCount,
    dataStatus: z.enum(DataStatus, { error: "invalid" }).default("FINAL"),
    actors: z.array(eventActorSchema).max(30, { error: "tooMany" }).default([]),
    citations: citationsSchema.default([]),
  })
  .superRefine((event, context) => {
    const issue = (path: string, message: string) =>
      context.addIssue({ code: "custom", message, path: [path] });
    if (!event.titleEn && !event.titleFr) issue("titleEn", "titleRequired");
    const dates = dateRangeProblem(event.datePrecision, event.dateStart, event.dateEnd);
    if (dates) issue("dateEnd", dates);
    for (const [field, message] of Object.entries(fatalityErrors(event))) issue(field, message);
    if (event.areaId) {
      const area = AREAS.find((candidate) => candidate.id === event.areaId);
      if (!area || area.countryId !== event.countryId) issue("areaId", "areaNotInCountry");
    }
    const links = event.actors.map((link) => `${link.actorId}:${link.role}`);
    if (new Set(links).size !== links.length) issue("actors", "duplicate");
  })
  // One canonical order, so that the same links in another order are not a change.
  .transform((event) => ({
    ...event,
    actors: [...event.actors].sort(
      (a, b) => a.role.localeCompare(b.role) || a.actorId.localeCompare(b.actorId),
    ),
  }));

export type EventData = z.output<typeof eventDataSchema>;
export type EventDataInput = z.input<typeof eventDataSchema>;
