/**
 * The map's own settings in the URL, next to the event filters shared with the timeline
 * (lib/validations/event-filters.ts):
 *
 *   /map?country=bf&from=2023-01-01&layer=fatalities&points=1
 *   /map?layer=control&controlDate=2024-06-30
 *
 * `layer` is "fatalities", "events", "control" (territorial control) or the slug of an indicator.
 * Unknown values are reported and fall back to the default.
 */
import { z } from "zod";

export const BUILT_IN_LAYERS = ["fatalities", "events", "control"] as const;
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;

export interface MapView {
  /** "fatalities", "events", "control", or an indicator slug. */
  layer: string;
  points: boolean;
  /** ISO day the territorial-control layer shows; null = the latest assessments. */
  controlDate: string | null;
  page: number;
}

export const MAP_VIEW_PARAMS = ["layer", "points", "controlDate", "page"] as const;

type Raw = Readonly<Record<string, string | readonly string[] | undefined>>;

const first = (raw: Raw, key: string): string | undefined => {
  const value = raw[key];
  const text = typeof value === "string" ? value : value?.[value.length - 1];
  return text === undefined || text.trim() === "" ? undefined : text.trim();
};

const isoDay = z.iso.date();
const page = z.coerce.number().int().min(1).max(10_000);

export function parseMapView(raw: Raw): {
  view: MapView;
  issues: { param: string; value: string }[];
} {
  const issues: { param: string; value: string }[] = [];
  const flag = (key: string, fallback: boolean) => {
    const value = first(raw, key);
    if (value === undefined) return fallback;
    if (value === "1" || value === "0") return value === "1";
    issues.push({ param: key, value });
    return fallback;
  };
  const layerValue = first(raw, "layer")?.toLowerCase();
  let layer = "fatalities";
  if (layerValue !== undefined) {
    if (SLUG.test(layerValue)) layer = layerValue;
    else issues.push({ param: "layer", value: layerValue });
  }
  const dateValue = first(raw, "controlDate");
  let controlDate: string | null = null;
  if (dateValue !== undefined) {
    if (isoDay.safeParse(dateValue).success) controlDate = dateValue;
    else issues.push({ param: "controlDate", value: dateValue });
  }
  const pageValue = first(raw, "page");
  const parsedPage = pageValue === undefined ? null : page.safeParse(pageValue);
  if (parsedPage && !parsedPage.success) issues.push({ param: "page", value: pageValue ?? "" });
  return {
    view: {
      layer,
      points: flag("points", true),
      controlDate,
      page: parsedPage?.success ? parsedPage.data : 1,
    },
    issues,
  };
}

/** The map settings as URL parameters, leaving defaults out (the page number is never carried). */
export function mapViewToParams(view: MapView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.layer !== "fatalities") params.set("layer", view.layer);
  if (!view.points) params.set("points", "0");
  if (view.layer === "control" && view.controlDate) params.set("controlDate", view.controlDate);
  return params;
}
