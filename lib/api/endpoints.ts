/** Every endpoint of the public API, version 1: the route handlers and the OpenAPI document use these. */
import { z } from "zod";
import { pageEndpoint, singleEndpoint } from "./endpoint";
import { actorListQuery, actorSchema } from "./schemas/actors";
import { deletionListQuery, deletionSchema } from "./schemas/changes";
import { eventListItemSchema, eventListQuery, eventSchema } from "./schemas/events";
import {
  indicatorListQuery,
  indicatorSchema,
  observationListQuery,
  observationSchema,
  seriesQuery,
  seriesSchema,
} from "./schemas/indicators";
import { institutionListQuery, institutionSchema } from "./schemas/institutions";
import { idOrSlugPathParams, uuidPathParams } from "./schemas/params";
import { placeListQuery, placeSchema } from "./schemas/places";
import { sourceListQuery, sourceSchema } from "./schemas/sources";

const noQuery = z.object({});
const noParams = z.object({});

const placePathParams = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9-]{1,40})?$/, {
      error: "expected a place id like BF-SAHEL",
    })
    .meta({ description: "The place id (case-insensitive).", example: "BF-SAHEL" }),
});

const SYNC_NOTE =
  "Supports `updated_since` for incremental copies; records that left the public set are listed by /changes/deletions.";

export const listEvents = pageEndpoint({
  path: "/events",
  operationId: "listEvents",
  tag: "Events",
  summary: "List published events",
  description: `The timeline's filters (the same parameters, values and meaning as the site's URLs), keyset pagination and a choice of fields. ${SYNC_NOTE}`,
  query: eventListQuery,
  params: noParams,
  item: eventListItemSchema,
  schemaId: "EventPage",
  schemaDescription: "A page of published events.",
});

export const getEvent = singleEndpoint({
  path: "/events/{id}",
  operationId: "getEvent",
  tag: "Events",
  summary: "One published event",
  description: "An event with its actors, fatalities and citations.",
  query: noQuery,
  params: uuidPathParams,
  item: eventSchema,
  schemaId: "EventResponse",
  schemaDescription: "One published event.",
});

export const listIndicators = pageEndpoint({
  path: "/indicators",
  operationId: "listIndicators",
  tag: "Indicators",
  summary: "List published indicators",
  description: `Indicators with their producer, licence and update frequency. ${SYNC_NOTE}`,
  query: indicatorListQuery,
  params: noParams,
  item: indicatorSchema,
  schemaId: "IndicatorPage",
  schemaDescription: "A page of published indicators.",
});

export const getIndicator = singleEndpoint({
  path: "/indicators/{id}",
  operationId: "getIndicator",
  tag: "Indicators",
  summary: "One published indicator",
  description: "By id or slug.",
  query: noQuery,
  params: idOrSlugPathParams,
  item: indicatorSchema,
  schemaId: "IndicatorResponse",
  schemaDescription: "One published indicator.",
});

export const getIndicatorSeries = singleEndpoint({
  path: "/indicators/{id}/series",
  operationId: "getIndicatorSeries",
  tag: "Indicators",
  summary: "An indicator aggregated by month, quarter or year",
  description:
    "The indicator's published observations bucketed per place, by the rules the charts use. At most 5,000 cells: narrow with place, from and to.",
  query: seriesQuery,
  params: idOrSlugPathParams,
  item: seriesSchema,
  schemaId: "SeriesResponse",
  schemaDescription: "An aggregated series.",
});

export const listObservations = pageEndpoint({
  path: "/observations",
  operationId: "listObservations",
  tag: "Indicators",
  summary: "List published observations",
  description: `The figures of published indicators, by indicator, place, period and source, in period order. ${SYNC_NOTE}`,
  query: observationListQuery,
  params: noParams,
  item: observationSchema,
  schemaId: "ObservationPage",
  schemaDescription: "A page of published observations.",
});

export const listInstitutions = pageEndpoint({
  path: "/institutions",
  operationId: "listInstitutions",
  tag: "Institutions",
  summary: "List published institutions",
  description: `AES institutions with their lifecycle milestones. ${SYNC_NOTE}`,
  query: institutionListQuery,
  params: noParams,
  item: institutionSchema,
  schemaId: "InstitutionPage",
  schemaDescription: "A page of published institutions.",
});

export const getInstitution = singleEndpoint({
  path: "/institutions/{id}",
  operationId: "getInstitution",
  tag: "Institutions",
  summary: "One published institution",
  description: "By id or slug, with its milestones.",
  query: noQuery,
  params: idOrSlugPathParams,
  item: institutionSchema,
  schemaId: "InstitutionResponse",
  schemaDescription: "One published institution.",
});

export const listActors = pageEndpoint({
  path: "/actors",
  operationId: "listActors",
  tag: "Actors",
  summary: "List actors",
  description: `Armed groups, forces, governments and organisations named in events. ${SYNC_NOTE}`,
  query: actorListQuery,
  params: noParams,
  item: actorSchema,
  schemaId: "ActorPage",
  schemaDescription: "A page of actors.",
});

export const getActor = singleEndpoint({
  path: "/actors/{id}",
  operationId: "getActor",
  tag: "Actors",
  summary: "One actor",
  description: "By id or slug.",
  query: noQuery,
  params: idOrSlugPathParams,
  item: actorSchema,
  schemaId: "ActorResponse",
  schemaDescription: "One actor.",
});

export const listPlaces = pageEndpoint({
  path: "/places",
  operationId: "listPlaces",
  tag: "Places",
  summary: "List places",
  description: `The AES, its three countries and their admin-1 areas; outlines with geometry=1. ${SYNC_NOTE}`,
  query: placeListQuery,
  params: noParams,
  item: placeSchema,
  schemaId: "PlacePage",
  schemaDescription: "A page of places.",
});

export const getPlace = singleEndpoint({
  path: "/places/{id}",
  operationId: "getPlace",
  tag: "Places",
  summary: "One place, with its outline",
  description: "The place and its GeoJSON geometry.",
  query: noQuery,
  params: placePathParams,
  item: placeSchema,
  schemaId: "PlaceResponse",
  schemaDescription: "One place, with its outline.",
});

export const listSources = pageEndpoint({
  path: "/sources",
  operationId: "listSources",
  tag: "Sources",
  summary: "List sources",
  description: `Approved sources with their reliability grade. ${SYNC_NOTE}`,
  query: sourceListQuery,
  params: noParams,
  item: sourceSchema,
  schemaId: "SourcePage",
  schemaDescription: "A page of sources.",
});

export const getSource = singleEndpoint({
  path: "/sources/{id}",
  operationId: "getSource",
  tag: "Sources",
  summary: "One source",
  description: "By id or slug.",
  query: noQuery,
  params: idOrSlugPathParams,
  item: sourceSchema,
  schemaId: "SourceResponse",
  schemaDescription: "One source.",
});

export const listDeletions = pageEndpoint({
  path: "/changes/deletions",
  operationId: "listDeletions",
  tag: "Changes",
  summary: "Records that left the public set",
  description:
    "Deleted, retracted, unpublished, rejected or merged records, oldest first. To keep a copy in sync: apply this feed from your last `as_of`, then each collection's `updated_since` from the same instant.",
  query: deletionListQuery,
  params: noParams,
  item: deletionSchema,
  schemaId: "DeletionPage",
  schemaDescription: "Removals, oldest first.",
});

export const ENDPOINTS = [
  listEvents,
  getEvent,
  listIndicators,
  getIndicator,
  getIndicatorSeries,
  listObservations,
  listInstitutions,
  getInstitution,
  listActors,
  getActor,
  listPlaces,
  getPlace,
  listSources,
  getSource,
  listDeletions,
] as const;
