/**
 * Every kind of record the staff edits, by its URL segment under /admin. Adding a kind is
 * adding an adapter here: the workflow, actions, history and authorization matrix pick it up.
 */
import type { RecordType } from "@/lib/generated/prisma/enums";
import type { RecordAdapter } from "../types";
import { eventAdapter } from "./event";
import { indicatorAdapter, observationAdapter } from "./indicator";
import { institutionAdapter, milestoneAdapter } from "./institution";
import { actorAdapter, assessmentAdapter, placeAdapter } from "./reference-data";

export const RECORD_ADAPTERS = {
  events: eventAdapter,
  institutions: institutionAdapter,
  milestones: milestoneAdapter,
  indicators: indicatorAdapter,
  observations: observationAdapter,
  assessments: assessmentAdapter,
  actors: actorAdapter,
  places: placeAdapter,
} as const satisfies Record<string, RecordAdapter>;

export type Collection = keyof typeof RECORD_ADAPTERS;
export const COLLECTIONS = Object.keys(RECORD_ADAPTERS) as Collection[];

export function isCollection(value: string): value is Collection {
  return Object.hasOwn(RECORD_ADAPTERS, value);
}

export function adapterFor(collection: Collection): RecordAdapter {
  return RECORD_ADAPTERS[collection];
}

export function adapterForType(type: RecordType): RecordAdapter | null {
  return Object.values(RECORD_ADAPTERS).find((adapter) => adapter.type === type) ?? null;
}
