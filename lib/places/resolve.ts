/**
 * Area resolution: which admin-1 place a dataset's area name designates, by exact match of the
 * normalised name against the alias table, within one country. No fuzzy matching: a wrong match puts
 * an event in the wrong region silently, an unresolved one is flagged and fixable by adding an alias.
 */
import { normalizePlaceName } from "./normalize";

export interface AreaAliasEntry {
  placeId: string;
  /** The country the area belongs to (its parent place). */
  countryId: string;
  normalized: string;
}

export type AreaResolution =
  /** The source names no area (empty cell, or UCDP's literal "NULL"). */
  | { kind: "missing" }
  | { kind: "resolved"; areaId: string }
  /** Named, but no alias matches (`candidates` empty) or several areas do. */
  | { kind: "unresolved"; name: string; candidates: string[] };

export interface AreaResolver {
  resolveArea(countryId: string, rawName: string | null | undefined): AreaResolution;
}

// UCDP's Candidate file exports database nulls as the text "NULL".
const MISSING_NAME = /^(null)?$/i;

export function isMissingAreaName(rawName: string | null | undefined): boolean {
  return rawName === null || rawName === undefined || MISSING_NAME.test(rawName.trim());
}

export function createAreaResolver(entries: Iterable<AreaAliasEntry>): AreaResolver {
  // countryId → normalized name → area ids
  const index = new Map<string, Map<string, Set<string>>>();
  for (const entry of entries) {
    const byName = index.get(entry.countryId) ?? new Map<string, Set<string>>();
    index.set(entry.countryId, byName);
    const areaIds = byName.get(entry.normalized) ?? new Set<string>();
    byName.set(entry.normalized, areaIds);
    areaIds.add(entry.placeId);
  }

  // Datasets repeat a handful of names thousands of times: resolve each spelling once.
  const cache = new Map<string, AreaResolution>();
  const resolve = (countryId: string, name: string): AreaResolution => {
    const matches = [...(index.get(countryId)?.get(normalizePlaceName(name)) ?? [])].sort();
    const [only] = matches;
    if (matches.length === 1 && only !== undefined) return { kind: "resolved", areaId: only };
    return { kind: "unresolved", name, candidates: matches };
  };

  return {
    resolveArea(countryId, rawName) {
      if (isMissingAreaName(rawName)) return { kind: "missing" };
      const name = (rawName ?? "").trim();
      const key = `${countryId}\u0000${name}`;
      const cached = cache.get(key);
      if (cached) return cached;
      const resolution = resolve(countryId, name);
      cache.set(key, resolution);
      return resolution;
    },
  };
}
