/**
 * Reading the Natural Earth GeoJSON files kept in prisma/seed/data/ (verbatim copies, see the README
 * there). Narrowed by hand rather than trusted: a corrupt or replaced file must fail loudly.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseAreaGeometry, type AreaGeometry } from "./point-in-polygon";

/** Where the in-repo data copies live. Resolved from the working directory (the project root for
 * the CLI, the tests and the Next server alike), so it also works once bundled. */
export const PLACES_DATA_DIR = path.join(process.cwd(), "prisma", "seed", "data");
export const COUNTRY_OUTLINES_FILE = "sahel_countries_ne50m.geojson";
export const ADMIN1_MAP_FILE = "sahel_admin1_ne.geojson";

export interface GeoFeature {
  id: string | null;
  properties: Readonly<Record<string, unknown>>;
  geometry: AreaGeometry | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function parseFeatureCollection(json: unknown, label: string): GeoFeature[] {
  if (!isRecord(json) || json.type !== "FeatureCollection" || !Array.isArray(json.features)) {
    throw new Error(`${label} is not a GeoJSON FeatureCollection`);
  }
  return json.features.map((feature: unknown, index): GeoFeature => {
    if (!isRecord(feature) || feature.type !== "Feature") {
      throw new Error(`${label}: feature ${index} is not a GeoJSON Feature`);
    }
    const rawId = feature.id;
    return {
      id: typeof rawId === "string" || typeof rawId === "number" ? String(rawId) : null,
      properties: isRecord(feature.properties) ? feature.properties : {},
      geometry: parseAreaGeometry(feature.geometry),
    };
  });
}

export async function readFeatureCollection(filePath: string): Promise<GeoFeature[]> {
  const text = await readFile(filePath, "utf8");
  return parseFeatureCollection(JSON.parse(text) as unknown, path.basename(filePath));
}

/** A string property, trimmed; null when absent, not a string, or blank. */
export function stringProperty(feature: GeoFeature, key: string): string | null {
  const value = feature.properties[key];
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

export function numberProperty(feature: GeoFeature, key: string): number | null {
  const value = feature.properties[key];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
