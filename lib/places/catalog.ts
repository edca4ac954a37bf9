/**
 * The places Sahel Monitor knows: the confederation, its three countries and their admin-1 areas,
 * with the spellings each dataset uses. Pure data; `buildPlaceRecords` (places/build.ts) joins it
 * with the Natural Earth map to produce the rows the seed writes.
 *
 * Modelling decisions (see also prisma/seed/data/README.md):
 * - Admin-1 = the level UCDP's `adm_1` uses. For Mali that is the regions UCDP still uses (Ménaka and
 *   Taoudénit included; the 2023 reform's new regions are not in any of our datasets, so not seeded).
 * - Burkina Faso: the 13 regions (as in UCDP, before the 2025 reorganisation) are the ADMIN1 places.
 *   The map has 45 provinces: each province's name becomes an alias of its region (a province name
 *   resolves to the admin-1 area containing it) and its map code is listed in the region's
 *   `mapCode` (see map-codes.ts), so the map can dissolve provinces into regions.
 * - Ménaka and Taoudénit have no polygon in this Natural Earth version: mapCode null.
 * - Place ids are readable and stable ("ML-SEGOU"): never derived at runtime from a name that could
 *   change spelling.
 */

export type CountryId = "ML" | "BF" | "NE";

export const CONFEDERATION_ID = "AES";

export interface ConfederationDefinition {
  id: typeof CONFEDERATION_ID;
  nameEn: string;
  nameFr: string;
  aliases: readonly string[];
}

export interface CountryDefinition {
  id: CountryId;
  iso2: string;
  iso3: string;
  isoNumeric: number;
  /** Gleditsch & Ward number: UCDP's `country_id` and `gwnoa`, and the suffix of its "XXX436" actors. */
  gwCode: number;
  nameEn: string;
  nameFr: string;
  /** Locative phrases used in generated titles ("in Mali" / "au Mali"). */
  inEn: string;
  inFr: string;
  aliases: readonly string[];
}

export interface AreaDefinition {
  id: string;
  countryId: CountryId;
  nameEn: string;
  nameFr: string;
  inEn: string;
  inFr: string;
  aliases: readonly string[];
  /**
   * How the area is found on the Natural Earth admin-1 map: `feature` = a feature whose name (or
   * alternative name) is one of the area's names; `provinces` = all features whose
   * `properties.region` is the area (Burkina Faso); `none` = the map lacks it.
   */
  map: "feature" | "provinces" | "none";
}

export const CONFEDERATION: ConfederationDefinition = {
  id: CONFEDERATION_ID,
  nameEn: "Alliance of Sahel States",
  nameFr: "Alliance des États du Sahel",
  aliases: ["AES", "Confederation of Sahel States", "Confédération des États du Sahel"],
};

export const COUNTRIES: readonly CountryDefinition[] = [
  {
    id: "ML",
    iso2: "ML",
    iso3: "MLI",
    isoNumeric: 466,
    gwCode: 432,
    nameEn: "Mali",
    nameFr: "Mali",
    inEn: "in Mali",
    inFr: "au Mali",
    aliases: ["Republic of Mali", "République du Mali"],
  },
  {
    id: "BF",
    iso2: "BF",
    iso3: "BFA",
    isoNumeric: 854,
    gwCode: 439,
    nameEn: "Burkina Faso",
    nameFr: "Burkina Faso",
    inEn: "in Burkina Faso",
    inFr: "au Burkina Faso",
    aliases: ["Burkina", "Upper Volta", "Haute-Volta"],
  },
  {
    id: "NE",
    iso2: "NE",
    iso3: "NER",
    isoNumeric: 562,
    gwCode: 436,
    nameEn: "Niger",
    nameFr: "Niger",
    inEn: "in Niger",
    inFr: "au Niger",
    aliases: ["Republic of the Niger", "Republic of Niger", "République du Niger"],
  },
];

function region(
  countryId: CountryId,
  idName: string,
  nameEn: string,
  nameFr: string,
  inFr: string,
  aliases: readonly string[] = [],
  map: AreaDefinition["map"] = countryId === "BF" ? "provinces" : "feature",
): AreaDefinition {
  return {
    id: `${countryId}-${idName}`,
    countryId,
    nameEn,
    nameFr,
    inEn: `in the ${nameEn} region`,
    inFr,
    aliases,
    map,
  };
}

export const AREAS: readonly AreaDefinition[] = [
  // Mali
  region("ML", "KAYES", "Kayes", "Kayes", "dans la région de Kayes"),
  region("ML", "KOULIKORO", "Koulikoro", "Koulikoro", "dans la région de Koulikoro"),
  region("ML", "SIKASSO", "Sikasso", "Sikasso", "dans la région de Sikasso"),
  region("ML", "SEGOU", "Ségou", "Ségou", "dans la région de Ségou", ["Segou"]),
  region("ML", "MOPTI", "Mopti", "Mopti", "dans la région de Mopti"),
  region("ML", "TOMBOUCTOU", "Timbuktu", "Tombouctou", "dans la région de Tombouctou", [
    "Timbouctou",
    "Timbuctoo",
    "Timbuctu",
    "Tombuktu",
    "Tombuctú",
  ]),
  region("ML", "GAO", "Gao", "Gao", "dans la région de Gao"),
  region("ML", "KIDAL", "Kidal", "Kidal", "dans la région de Kidal"),
  {
    ...region("ML", "BAMAKO", "Bamako", "Bamako", "dans le district de Bamako", [
      "Bamako District",
      "District de Bamako",
      "Bamako Capital District",
    ]),
    inEn: "in the Bamako district",
  },
  region("ML", "MENAKA", "Ménaka", "Ménaka", "dans la région de Ménaka", ["Menaka"], "none"),
  region(
    "ML",
    "TAOUDENIT",
    "Taoudénit",
    "Taoudénit",
    "dans la région de Taoudénit",
    ["Taoudeni", "Taoudenni", "Taoudénni"],
    "none",
  ),
  // Burkina Faso: the 13 regions. English usage keeps the French names; translations are aliases.
  region(
    "BF",
    "BOUCLE-DU-MOUHOUN",
    "Boucle du Mouhoun",
    "Boucle du Mouhoun",
    "dans la région de la Boucle du Mouhoun",
    ["Mouhoun Loop"],
  ),
  region("BF", "CASCADES", "Cascades", "Cascades", "dans la région des Cascades"),
  region("BF", "CENTRE", "Centre", "Centre", "dans la région du Centre", ["Center", "Central"]),
  region("BF", "CENTRE-EST", "Centre-Est", "Centre-Est", "dans la région du Centre-Est", [
    "Centre-East",
    "Center-East",
  ]),
  region("BF", "CENTRE-NORD", "Centre-Nord", "Centre-Nord", "dans la région du Centre-Nord", [
    "Centre-North",
    "Center-North",
  ]),
  region("BF", "CENTRE-OUEST", "Centre-Ouest", "Centre-Ouest", "dans la région du Centre-Ouest", [
    "Centre-West",
    "Center-West",
  ]),
  region("BF", "CENTRE-SUD", "Centre-Sud", "Centre-Sud", "dans la région du Centre-Sud", [
    "Centre-South",
    "Center-South",
  ]),
  region("BF", "EST", "Est", "Est", "dans la région de l’Est", ["East", "Eastern"]),
  region(
    "BF",
    "HAUTS-BASSINS",
    "Hauts-Bassins",
    "Hauts-Bassins",
    "dans la région des Hauts-Bassins",
    ["High Basins", "Upper Basins"],
  ),
  region("BF", "NORD", "Nord", "Nord", "dans la région du Nord", ["North", "Northern"]),
  region(
    "BF",
    "PLATEAU-CENTRAL",
    "Plateau-Central",
    "Plateau-Central",
    "dans la région du Plateau-Central",
    ["Central Plateau"],
  ),
  region("BF", "SAHEL", "Sahel", "Sahel", "dans la région du Sahel"),
  region("BF", "SUD-OUEST", "Sud-Ouest", "Sud-Ouest", "dans la région du Sud-Ouest", [
    "South-West",
    "Southwest",
  ]),
  // Niger
  region("NE", "AGADEZ", "Agadez", "Agadez", "dans la région d’Agadez", ["Agadès"]),
  region("NE", "DIFFA", "Diffa", "Diffa", "dans la région de Diffa"),
  region("NE", "DOSSO", "Dosso", "Dosso", "dans la région de Dosso"),
  region("NE", "MARADI", "Maradi", "Maradi", "dans la région de Maradi"),
  region("NE", "TAHOUA", "Tahoua", "Tahoua", "dans la région de Tahoua"),
  region("NE", "TILLABERI", "Tillabéri", "Tillabéri", "dans la région de Tillabéri", [
    "Tillaberi",
    "Tillabery",
  ]),
  region("NE", "ZINDER", "Zinder", "Zinder", "dans la région de Zinder"),
  {
    ...region("NE", "NIAMEY", "Niamey", "Niamey", "à Niamey", [
      "Niamey Capital District",
      "Communauté urbaine de Niamey",
    ]),
    inEn: "in Niamey",
  },
];

const AREAS_BY_ID = new Map(AREAS.map((area) => [area.id, area]));
const COUNTRIES_BY_ID = new Map(COUNTRIES.map((country) => [country.id, country]));

export function findAreaDefinition(id: string): AreaDefinition | undefined {
  return AREAS_BY_ID.get(id);
}

export function findCountryDefinition(id: string): CountryDefinition | undefined {
  return COUNTRIES_BY_ID.get(id as CountryId);
}
