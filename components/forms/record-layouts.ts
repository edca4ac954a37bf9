/**
 * How each kind of record's form is laid out: sections of fields, each field a kind of input.
 * Pure data shared by the create and edit pages; labels come from `adminFields.<name>`.
 * The schemas are the same ones the server actions validate with.
 */
import type { z } from "zod";
import type { Collection } from "@/lib/workflow/adapters";
import type { PlaceLevel } from "./fields/reference-fields";
import { EVENT_FORM } from "./layouts/event";
import { INDICATOR_FORM, OBSERVATION_FORM } from "./layouts/indicator";
import { INSTITUTION_FORM, MILESTONE_FORM } from "./layouts/institution";
import { ACTOR_FORM, ASSESSMENT_FORM, PLACE_FORM } from "./layouts/reference-data";

export type FieldSpec =
  | { kind: "text"; name: string; multiline?: boolean; lang?: "en" | "fr" }
  | { kind: "enum"; name: string; options: readonly string[]; labels: string; optional?: boolean }
  | { kind: "number"; name: string; min?: number; max?: number; step?: number }
  | { kind: "preciseDate" }
  | { kind: "fatalities" }
  | { kind: "countryArea" }
  | { kind: "actors"; roles: readonly string[] }
  | { kind: "citations" }
  | { kind: "date"; name: string }
  | { kind: "place"; name: string; levels: readonly PlaceLevel[]; optional?: boolean }
  | { kind: "reference"; name: string; options: string; optional?: boolean }
  | { kind: "search"; name: string; target: "actor" | "source" };

export interface FormSection {
  /** Key under `adminForm.sections`. */
  title: string;
  /** A nested list is a row: its fields side by side on wide screens. */
  fields: (FieldSpec | FieldSpec[])[];
}

export interface RecordFormDefinition {
  schema: z.ZodType;
  sections: FormSection[];
  /** Content of a new record before anything is typed. */
  empty: Record<string, unknown>;
}

export const RECORD_FORMS: Record<Collection, RecordFormDefinition> = {
  events: EVENT_FORM,
  institutions: INSTITUTION_FORM,
  milestones: MILESTONE_FORM,
  indicators: INDICATOR_FORM,
  observations: OBSERVATION_FORM,
  assessments: ASSESSMENT_FORM,
  actors: ACTOR_FORM,
  places: PLACE_FORM,
};
