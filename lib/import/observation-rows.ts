/**
 * Row-level checks shared by the observation importers (OWID, IDMC, UNHCR): which country a row is
 * about, and rows that repeat an earlier one (which would double a figure or silently overwrite it).
 */
import { loadPlaceDirectory, type PlaceDirectory } from "@/lib/places/directory";
import { ImportRefusedError } from "./csv";
import type { ImportSession, ParsedRow } from "./importer";

export async function loadCountries(session: ImportSession): Promise<PlaceDirectory> {
  const places = await loadPlaceDirectory(session.db);
  if (places.countries().length === 0) {
    throw new ImportRefusedError(
      "No countries in the database: seed the places before importing indicators.",
    );
  }
  return places;
}

/** Pairs each row with its country's place id; rows naming an unknown country are rejected. */
export async function resolveCountries<T>(
  session: ImportSession,
  rows: readonly ParsedRow<T>[],
  countryOf: (value: T) => string,
  column: string,
  by: "name" | "iso3",
): Promise<{ placeId: string; row: ParsedRow<T> }[]> {
  const places = await loadCountries(session);
  return rows.flatMap((row) => {
    const written = countryOf(row.value);
    const placeId =
      by === "name" ? places.countryIdByName(written) : places.countryIdByIso3(written);
    if (placeId) return [{ placeId, row }];
    session.report.reject(row.row, [{ column, reason: "is not a known country", value: written }]);
    return [];
  });
}

/** Keeps the first row of each key and rejects the repeats, naming the row they repeat. */
export function rejectDuplicates<Item extends { row: ParsedRow<unknown> }>(
  session: ImportSession,
  items: readonly Item[],
  keyOf: (item: Item) => string,
): Item[] {
  const firstRow = new Map<string, number>();
  return items.filter((item) => {
    const key = keyOf(item);
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, item.row.row);
      return true;
    }
    session.report.reject(item.row.row, [
      { column: null, reason: `repeats row ${first} (same country and period)` },
    ]);
    return false;
  });
}
