/**
 * The public event filters, as they live in the URL: one schema shared by the timeline, the event
 * list, the map and the public API, so that a permalink means the same selection everywhere.
 *
 *   ?country=bf&area=bf-sahel&category=violence-against-civilians&actor=jnim
 *   &from=2022-01-01&to=2023-12-31&fatalitiesMin=10&fatalitiesMax=500&precise=1&q=djibo
 *
 * Multi-valued filters accept repeated keys (`country=bf&country=ml`) or commas (`country=bf,ml`).
 * Values are case-insensitive on the way in and written lower-case on the way out. Every value is
 * checked against an allowlist: an unknown value is an error that names it, never silently dropped
 * (a typo in a shared link must not show a different selection without saying so). Parameters that
 * are not filters (the timeline's zoom, the list's page) are left alone for their own parsers.
 */
import { z } from "zod";
import { EventCategory } from "@/lib/generated/prisma/enums";
import { AREAS, COUNTRIES, type CountryId } from "@/lib/places/catalog";

export interface EventFilters {
  /** Country place ids ("BF"). Empty = all countries. */
  country: CountryId[];
  /** Admin-1 place ids ("ML-SEGOU"). Empty = all areas. */
  area: string[];
  category: EventCategory[];
  /** Actor slugs ("jnim"). */
  actor: string[];
  /** Inclusive ISO dates (YYYY-MM-DD): an event matches when its date range overlaps [from, to]. */
  from: string | null;
  to: string | null;
  /** Bounds on the best fatality estimate; events with no estimate never match a bound. */
  fatalitiesMin: number | null;
  fatalitiesMax: number | null;
  /** Hide events whose date or place is imprecise (see lib/events/precision.ts). */
  precise: boolean;
  /** Free text, matched with full-text search (accent- and case-insensitive). */
  q: string | null;
}

export const EMPTY_EVENT_FILTERS: EventFilters = {
  country: [],
  area: [],
  category: [],
  actor: [],
  from: null,
  to: null,
  fatalitiesMin: null,
  fatalitiesMax: null,
  precise: false,
  q: null,
};

export const EVENT_FILTER_PARAMS = [
  "country",
  "area",
  "category",
  "actor",
  "from",
  "to",
  "fatalitiesMin",
  "fatalitiesMax",
  "precise",
  "q",
] as const satisfies readonly (keyof EventFilters)[];

export type EventFilterParam = (typeof EVENT_FILTER_PARAMS)[number];

export type FilterIssueCode =
  "unknownValue" | "invalidDate" | "invalidNumber" | "reversedRange" | "tooManyValues" | "tooLong";

/** One problem with one parameter: `code` is for translated messages, `message` for the API. */
export interface FilterIssue {
  param: EventFilterParam;
  code: FilterIssueCode;
  value: string;
  message: string;
}

export type EventFiltersResult =
  { ok: true; filters: EventFilters } | { ok: false; issues: FilterIssue[] };

export const MAX_FILTER_VALUES = 30;
export const MAX_QUERY_LENGTH = 200;
export const MAX_FATALITIES = 100_000;

// ───────────────────────────── values as written in URLs

/** "VIOLENCE_AGAINST_CIVILIANS" ↔ "violence-against-civilians". */
export function categoryToParam(category: EventCategory): string {
  return category.toLowerCase().replaceAll("_", "-");
}

const CATEGORY_BY_PARAM = new Map<string, EventCategory>(
  Object.values(EventCategory).map((category) => [categoryToParam(category), category]),
);
const COUNTRY_BY_PARAM = new Map<string, CountryId>(
  COUNTRIES.map((country) => [country.id.toLowerCase(), country.id]),
);
const AREA_BY_PARAM = new Map<string, string>(
  AREAS.map((area) => [area.id.toLowerCase(), area.id]),
);
const ACTOR_SLUG = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// ───────────────────────────── the schema

type Issue = Omit<FilterIssue, "param">;

interface IssueSink {
  addIssue(issue: { code: "custom"; message: string; params: Issue; input: string }): void;
}

function report(ctx: IssueSink, issue: Issue): void {
  ctx.addIssue({ code: "custom", message: issue.message, params: issue, input: issue.value });
}

/** A multi-valued parameter: every value must be in `allowed` (keyed by its lower-case form). */
function listOf<T extends string>(param: EventFilterParam, lookup: (key: string) => T | undefined) {
  return z.array(z.string()).transform((values, ctx) => {
    const picked: T[] = [];
    if (values.length > MAX_FILTER_VALUES) {
      report(ctx, {
        code: "tooManyValues",
        value: String(values.length),
        message: `${param}: at most ${MAX_FILTER_VALUES} values, got ${values.length}`,
      });
      return picked;
    }
    for (const raw of values) {
      const value = lookup(raw.trim().toLowerCase());
      if (value === undefined) {
        report(ctx, {
          code: "unknownValue",
          value: raw,
          message: `${param}: unknown value "${raw}"`,
        });
      } else if (!picked.includes(value)) {
        picked.push(value);
      }
    }
    return picked;
  });
}

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

// The last occurrence wins, as in URLSearchParams.set; an empty field means "not set".
const singleValue = z.array(z.string()).transform((values) => {
  const last = values.at(-1)?.trim();
  return last === undefined || last === "" ? null : last;
});

function dateParam(param: EventFilterParam) {
  return singleValue.transform((value, ctx) => {
    if (value === null) return null;
    if (isRealDate(value)) return value;
    report(ctx, {
      code: "invalidDate",
      value,
      message: `${param}: "${value}" is not a date (expected YYYY-MM-DD)`,
    });
    return null;
  });
}

function countParam(param: EventFilterParam) {
  return singleValue.transform((value, ctx) => {
    if (value === null) return null;
    const number = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
    if (Number.isInteger(number) && number <= MAX_FATALITIES) return number;
    report(ctx, {
      code: "invalidNumber",
      value,
      message: `${param}: "${value}" is not a whole number between 0 and ${MAX_FATALITIES}`,
    });
    return null;
  });
}

const flagParam = singleValue.transform((value, ctx) => {
  if (value === null) return false;
  const normalized = value.toLowerCase();
  if (normalized === "1" || normalized === "true" || normalized === "on") return true;
  if (normalized === "0" || normalized === "false") return false;
  report(ctx, { code: "unknownValue", value, message: `precise: expected 1 or 0, got "${value}"` });
  return false;
});

const textParam = singleValue.transform((value, ctx) => {
  if (value === null) return null;
  if (value.length <= MAX_QUERY_LENGTH) return value;
  report(ctx, {
    code: "tooLong",
    value: value.slice(0, 40),
    message: `q: at most ${MAX_QUERY_LENGTH} characters`,
  });
  return null;
});

function buildSchema(actorSlugs: ReadonlySet<string> | undefined) {
  return z
    .object({
      country: listOf("country", (key) => COUNTRY_BY_PARAM.get(key)),
      area: listOf("area", (key) => AREA_BY_PARAM.get(key)),
      category: listOf("category", (key) => CATEGORY_BY_PARAM.get(key)),
      actor: listOf("actor", (key) =>
        ACTOR_SLUG.test(key) && (actorSlugs === undefined || actorSlugs.has(key)) ? key : undefined,
      ),
      from: dateParam("from"),
      to: dateParam("to"),
      fatalitiesMin: countParam("fatalitiesMin"),
      fatalitiesMax: countParam("fatalitiesMax"),
      precise: flagParam,
      q: textParam,
    })
    .superRefine((filters, ctx) => {
      if (filters.from !== null && filters.to !== null && filters.from > filters.to) {
        ctx.addIssue({
          code: "custom",
          path: ["to"],
          message: `to: ${filters.to} is before from: ${filters.from}`,
          params: { code: "reversedRange", value: filters.to },
          input: filters.to,
        });
      }
      const { fatalitiesMin: min, fatalitiesMax: max } = filters;
      if (min !== null && max !== null && min > max) {
        ctx.addIssue({
          code: "custom",
          path: ["fatalitiesMax"],
          message: `fatalitiesMax: ${max} is below fatalitiesMin: ${min}`,
          params: { code: "reversedRange", value: String(max) },
          input: String(max),
        });
      }
    });
}

// ───────────────────────────── parsing and writing

/** What pages, route handlers and tests hand us: Next's searchParams object or URLSearchParams. */
export type SearchParamsInput =
  URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

function valuesOf(input: SearchParamsInput, key: string): string[] {
  const raw =
    input instanceof URLSearchParams
      ? input.getAll(key)
      : ([] as string[]).concat((input[key] as string | string[] | undefined) ?? []);
  return raw.flatMap((value) => (key === "q" ? [value] : value.split(","))).filter((v) => v !== "");
}

function isFilterParam(value: unknown): value is EventFilterParam {
  return (EVENT_FILTER_PARAMS as readonly unknown[]).includes(value);
}

export interface ParseOptions {
  /** When given, actor slugs outside this set are unknown values (else only their shape is checked). */
  actorSlugs?: ReadonlySet<string>;
}

export function parseEventFilters(
  input: SearchParamsInput,
  options: ParseOptions = {},
): EventFiltersResult {
  const raw = Object.fromEntries(EVENT_FILTER_PARAMS.map((key) => [key, valuesOf(input, key)]));
  const result = buildSchema(options.actorSlugs).safeParse(raw);
  if (result.success) return { ok: true, filters: result.data };
  const issues = result.error.issues.map((issue): FilterIssue => {
    const param = issue.path[0];
    const details = (issue as { params?: Partial<Issue> }).params;
    return {
      param: isFilterParam(param) ? param : "q",
      code: details?.code ?? "unknownValue",
      value: details?.value ?? "",
      message: issue.message,
    };
  });
  return { ok: false, issues };
}

/** The filters as URL parameters, in a stable order, leaving out what is not set. */
export function toSearchParams(filters: EventFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const country of filters.country) params.append("country", country.toLowerCase());
  for (const area of filters.area) params.append("area", area.toLowerCase());
  for (const category of filters.category) params.append("category", categoryToParam(category));
  for (const actor of filters.actor) params.append("actor", actor);
  if (filters.from !== null) params.set("from", filters.from);
  if (filters.to !== null) params.set("to", filters.to);
  if (filters.fatalitiesMin !== null) params.set("fatalitiesMin", String(filters.fatalitiesMin));
  if (filters.fatalitiesMax !== null) params.set("fatalitiesMax", String(filters.fatalitiesMax));
  if (filters.precise) params.set("precise", "1");
  if (filters.q !== null && filters.q.trim() !== "") params.set("q", filters.q.trim());
  return params;
}

export function hasActiveFilters(filters: EventFilters): boolean {
  return toSearchParams(filters).size > 0;
}

/**
 * For pages: the filters without the parameters that failed, plus what failed, so the page can show
 * the rest of the selection and say what it ignored. (APIs should refuse instead: parseEventFilters.)
 */
export function parseEventFiltersIgnoringInvalid(
  input: SearchParamsInput,
  options: ParseOptions = {},
): { filters: EventFilters; issues: FilterIssue[] } {
  // Range checks only run once every field parses, so a second round may find more to drop.
  const issues: FilterIssue[] = [];
  const failed = new Set<string>();
  for (let round = 0; round < 3; round += 1) {
    const kept = new URLSearchParams();
    for (const key of EVENT_FILTER_PARAMS) {
      if (failed.has(key)) continue;
      for (const value of valuesOf(input, key)) kept.append(key, value);
    }
    const result = parseEventFilters(kept, options);
    if (result.ok) return { filters: result.filters, issues };
    for (const issue of result.issues) {
      issues.push(issue);
      failed.add(issue.param);
    }
  }
  return { filters: EMPTY_EVENT_FILTERS, issues };
}
