/**
 * `Place.mapCode` links a place to the Natural Earth admin-1 features that draw it, by the features'
 * `adm1_code` ("MLI-2810"). `code_hasc` is not usable as a key in this map (Bamako and Koulikoro
 * share "ML.KK"). A Burkina Faso region is drawn by several province features, so its mapCode is a
 * comma-separated list; the map dissolves them into one shape.
 */

const SEPARATOR = ",";

export function joinMapCodes(codes: readonly string[]): string | null {
  const unique = [...new Set(codes)].sort();
  return unique.length === 0 ? null : unique.join(SEPARATOR);
}

/** The `adm1_code`s of the features that draw a place (empty when the map lacks it). */
export function splitMapCodes(mapCode: string | null | undefined): string[] {
  if (!mapCode) return [];
  return mapCode
    .split(SEPARATOR)
    .map((code) => code.trim())
    .filter((code) => code !== "");
}
