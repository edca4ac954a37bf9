/**
 * What an indicator page shows, as it lives in the URL (a permalink encodes the whole view):
 *
 *   /indicators/idmc-conflict-idps?place=ml,bf&per=year&chart=line&events=summit,withdrawal
 *   /indicators/ucdp-deaths-all-types?place=bf&compare=events,ucdp-deaths-one-sided
 *
 * Unknown values are reported (the page says which parameter it ignored) and fall back to the
 * default rather than silently showing another selection.
 */
import { z } from "zod";
import type { EventCategory } from "@/lib/generated/prisma/enums";
import { GRANULARITIES, type Granularity } from "@/lib/indicators/periods";
import { AREAS, CONFEDERATION_ID, COUNTRIES } from "@/lib/places/catalog";
import { categoryToParam } from "@/lib/validations/event-filters";

/** Categories offered as chart annotations: political and institutional events, not violence. */
export const ANNOTATION_CATEGORIES = [
  "SUMMIT",
  "WITHDRAWAL",
  "AGREEMENT",
  "INSTITUTIONAL_ACT",
  "DIPLOMATIC",
  "STRATEGIC_DEVELOPMENT",
  "ECONOMIC",
  "INFORMATION_MEDIA",
  "COUP",
] as const satisfies readonly EventCategory[];
export type AnnotationCategory = (typeof ANNOTATION_CATEGORIES)[number];
export const DEFAULT_ANNOTATIONS: readonly AnnotationCategory[] = ["SUMMIT", "WITHDRAWAL"];

/** The comparison series computed from our event database rather than stored as an indicator. */
export const EVENTS_SERIES = "events";
export const CHART_TYPES = ["line", "bar"] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export interface IndicatorView {
  /** Place ids ("ML", "AES"); empty = the default selection. */
  places: string[];
  per: Granularity | null;
  chart: ChartType | null;
  /** null = the default annotations; [] = none. */
  events: AnnotationCategory[] | null;
  /** Indicator slugs, or "events", to compare with this one for the first place. */
  compare: string[];
  from: number | null;
  to: number | null;
}

export const DEFAULT_INDICATOR_VIEW: IndicatorView = {
  places: [],
  per: null,
  chart: null,
  events: null,
  compare: [],
  from: null,
  to: null,
};

const PLACE_IDS = new Map(
  [
    CONFEDERATION_ID,
    ...COUNTRIES.map((country) => country.id),
    ...AREAS.map((area) => area.id),
  ].map((id) => [id.toLowerCase(), id]),
);
const CATEGORY_BY_PARAM = new Map<string, AnnotationCategory>(
  ANNOTATION_CATEGORIES.map((category) => [categoryToParam(category), category]),
);
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;
const MAX_VALUES = 8;

type Raw = Readonly<Record<string, string | readonly string[] | undefined>>;

function valuesOf(raw: Raw, key: string): string[] {
  return ([] as string[])
    .concat((raw[key] as string | string[] | undefined) ?? [])
    .flatMap((value) => value.split(","))
    .map((value) => value.trim().toLowerCase())
    .filter((value) => value !== "");
}

const year = z.coerce.number().int().min(1946).max(2100);

export interface ViewIssue {
  param: string;
  value: string;
}

export function parseIndicatorView(raw: Raw): { view: IndicatorView; issues: ViewIssue[] } {
  const issues: ViewIssue[] = [];
  const pick = <T>(
    param: string,
    lookup: (value: string) => T | undefined,
    ignored: readonly string[] = [],
  ): T[] => {
    const picked: T[] = [];
    for (const value of valuesOf(raw, param).slice(0, MAX_VALUES)) {
      if (ignored.includes(value)) continue;
      const found = lookup(value);
      if (found === undefined) issues.push({ param, value });
      else if (!picked.includes(found)) picked.push(found);
    }
    return picked;
  };
  const single = <T extends string>(param: string, allowed: readonly T[]): T | null => {
    const [value] = valuesOf(raw, param);
    if (value === undefined) return null;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    issues.push({ param, value });
    return null;
  };
  const yearOf = (param: string): number | null => {
    const [value] = valuesOf(raw, param);
    if (value === undefined) return null;
    const parsed = year.safeParse(value);
    if (parsed.success) return parsed.data;
    issues.push({ param, value });
    return null;
  };

  // "none" is how a form with every box unticked says "no annotations" (absent = the default).
  const events =
    valuesOf(raw, "events").length === 0
      ? null
      : pick("events", (value) => CATEGORY_BY_PARAM.get(value), ["none"]);

  let from = yearOf("from");
  let to = yearOf("to");
  if (from !== null && to !== null && from > to) [from, to] = [to, from];

  return {
    view: {
      places: pick("place", (value) => PLACE_IDS.get(value)),
      per: single("per", GRANULARITIES),
      chart: single("chart", CHART_TYPES),
      events,
      compare: pick("compare", (value) => (SLUG.test(value) ? value : undefined)),
      from,
      to,
    },
    issues,
  };
}

/** The view as URL parameters (what links and the form write), leaving defaults out. */
export function indicatorViewToParams(view: IndicatorView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.places.length > 0) params.set("place", view.places.join(",").toLowerCase());
  if (view.compare.length > 0) params.set("compare", view.compare.join(","));
  if (view.per) params.set("per", view.per);
  if (view.chart) params.set("chart", view.chart);
  if (view.events !== null)
    params.set("events", view.events.length ? view.events.map(categoryToParam).join(",") : "none");
  if (view.from !== null) params.set("from", String(view.from));
  if (view.to !== null) params.set("to", String(view.to));
  return params;
}
