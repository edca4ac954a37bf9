/**
 * Joins the place catalog with the Natural Earth features into the rows the seed writes: places
 * (with map codes and label points) and their aliases. Pure, so the joins are unit-tested.
 */
import type { PlaceKind } from "@/lib/generated/prisma/enums";
import {
  AREAS,
  CONFEDERATION,
  COUNTRIES,
  type AreaDefinition,
  type CountryDefinition,
} from "./catalog";
import { numberProperty, stringProperty, type GeoFeature } from "./geojson";
import { joinMapCodes } from "./map-codes";
import { normalizePlaceName } from "./normalize";

export interface PlaceRecord {
  id: string;
  kind: PlaceKind;
  iso2: string | null;
  iso3: string | null;
  isoNumeric: number | null;
  mapCode: string | null;
  nameEn: string;
  nameFr: string;
  parentId: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface PlaceAliasRecord {
  placeId: string;
  alias: string;
  normalized: string;
}

export interface PlaceRecords {
  places: PlaceRecord[];
  aliases: PlaceAliasRecord[];
}

const COUNTRY_NAME_IN_MAP: Readonly<Record<CountryDefinition["id"], string>> = {
  ML: "Mali",
  BF: "Burkina Faso",
  NE: "Niger",
};

// Control characters appear in the map's alternative names ("Timbuct\x9d"): a corrupted byte, not a name.
const CONTROL_CHARACTER = /\p{Cc}/u;

/** Names a map feature goes by, in the order Natural Earth gives them. */
function featureNames(feature: GeoFeature): string[] {
  const names = [stringProperty(feature, "name"), stringProperty(feature, "gn_name")];
  for (const alternative of (stringProperty(feature, "name_alt") ?? "").split("|")) {
    names.push(alternative.trim());
  }
  return names.filter((name): name is string => !!name && !CONTROL_CHARACTER.test(name));
}

function areaNameKeys(area: AreaDefinition): Set<string> {
  return new Set([area.nameEn, area.nameFr, ...area.aliases].map(normalizePlaceName));
}

function featuresOfCountry(features: readonly GeoFeature[], country: CountryDefinition) {
  return features.filter(
    (feature) => stringProperty(feature, "admin") === COUNTRY_NAME_IN_MAP[country.id],
  );
}

/** The map features that draw `area`, by its own names or, for Burkina Faso, by province region. */
function matchFeatures(area: AreaDefinition, countryFeatures: readonly GeoFeature[]): GeoFeature[] {
  const keys = areaNameKeys(area);
  if (area.map === "provinces") {
    return countryFeatures.filter((feature) =>
      keys.has(normalizePlaceName(stringProperty(feature, "region") ?? "")),
    );
  }
  if (area.map === "feature") {
    return countryFeatures.filter((feature) =>
      featureNames(feature).some((name) => keys.has(normalizePlaceName(name))),
    );
  }
  return [];
}

class AliasCollector {
  readonly records: PlaceAliasRecord[] = [];
  private readonly seen = new Set<string>();

  /** Spellings that normalise alike collapse into one row: the table is a resolution key. */
  add(placeId: string, names: readonly string[]): void {
    for (const alias of names) {
      const normalized = normalizePlaceName(alias);
      const key = `${placeId}\u0000${normalized}`;
      if (normalized === "" || this.seen.has(key)) continue;
      this.seen.add(key);
      this.records.push({ placeId, alias, normalized });
    }
  }
}

/**
 * @param admin1Features the features of sahel_admin1_ne.geojson
 * @throws when a map feature matches no area or several, or an area expecting a polygon finds none —
 *   a silently unmapped region would vanish from the map.
 */
export function buildPlaceRecords(admin1Features: readonly GeoFeature[]): PlaceRecords {
  const places: PlaceRecord[] = [];
  const aliases = new AliasCollector();
  const problems: string[] = [];
  const featureOwners = new Map<GeoFeature, string[]>();

  places.push({
    id: CONFEDERATION.id,
    kind: "REGION",
    iso2: null,
    iso3: null,
    isoNumeric: null,
    mapCode: null,
    nameEn: CONFEDERATION.nameEn,
    nameFr: CONFEDERATION.nameFr,
    parentId: null,
    latitude: null,
    longitude: null,
  });
  aliases.add(CONFEDERATION.id, [
    CONFEDERATION.nameEn,
    CONFEDERATION.nameFr,
    ...CONFEDERATION.aliases,
  ]);

  for (const country of COUNTRIES) {
    places.push({
      id: country.id,
      kind: "COUNTRY",
      iso2: country.iso2,
      iso3: country.iso3,
      isoNumeric: country.isoNumeric,
      mapCode: String(country.isoNumeric), // the `id` of its feature in sahel_countries_ne50m.geojson
      nameEn: country.nameEn,
      nameFr: country.nameFr,
      parentId: CONFEDERATION.id,
      latitude: null,
      longitude: null,
    });
    aliases.add(country.id, [country.nameEn, country.nameFr, ...country.aliases]);

    const countryFeatures = featuresOfCountry(admin1Features, country);
    for (const area of AREAS.filter((candidate) => candidate.countryId === country.id)) {
      const matched = matchFeatures(area, countryFeatures);
      for (const feature of matched)
        featureOwners.set(feature, [...(featureOwners.get(feature) ?? []), area.id]);
      if (area.map !== "none" && matched.length === 0)
        problems.push(`${area.id}: no feature on the map`);

      const [single] = matched;
      const labelPoint = matched.length === 1 && single ? single : null;
      places.push({
        id: area.id,
        kind: "ADMIN1",
        iso2: null,
        iso3: null,
        isoNumeric: null,
        mapCode: joinMapCodes(
          matched
            .map((feature) => stringProperty(feature, "adm1_code"))
            .filter((code): code is string => !!code),
        ),
        nameEn: area.nameEn,
        nameFr: area.nameFr,
        parentId: country.id,
        latitude: labelPoint ? numberProperty(labelPoint, "latitude") : null,
        longitude: labelPoint ? numberProperty(labelPoint, "longitude") : null,
      });
      aliases.add(area.id, [area.nameEn, area.nameFr, ...area.aliases]);
      // Map spellings (and, for Burkina Faso, the names of the provinces inside the region).
      aliases.add(area.id, matched.flatMap(featureNames));
    }
    for (const feature of countryFeatures) {
      const owners = featureOwners.get(feature) ?? [];
      if (owners.length !== 1) {
        problems.push(
          `map feature ${stringProperty(feature, "adm1_code")} (${stringProperty(feature, "name")}) matches ${owners.length} areas`,
        );
      }
    }
  }

  if (problems.length > 0) throw new Error(`Places and map disagree:\n- ${problems.join("\n- ")}`);
  return { places, aliases: aliases.records };
}
