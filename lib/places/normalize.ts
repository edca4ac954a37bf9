/**
 * Place-name normalisation: the key under which every spelling of an area is compared.
 *
 * Datasets disagree on accents ("Ségou" / "Segou"), on suffixes ("Tombouctou region",
 * "Région de Ségou", "Province du Soum"), on hyphens ("Centre-Nord" / "Centre Nord") and on case.
 * Normalising both the aliases we store and the names we look up lets one alias table absorb all of
 * that without a fuzzy match (fuzzy matching would silently put an event in the wrong region).
 */

// Administrative designators that carry no identity: "Sahel region" is the Sahel.
const DESIGNATOR_WORDS = new Set(["region", "regions", "province", "provinces"]);
// French articles left behind once the designator is gone: "Région de Ségou" → "ségou",
// "Province de l'Oudalan" → "oudalan". English "of" for "Region of Timbuktu".
const LEADING_CONNECTORS = new Set(["de", "du", "des", "la", "le", "les", "l", "d", "of", "the"]);

/**
 * Lower-case, accents removed, every run of punctuation or space → one space. The comparison key for
 * any name (actors use it as is; places also drop designators, below).
 */
export function foldName(raw: string): string {
  return raw
    .normalize("NFKD")
    .replace(/\p{M}/gu, "") // combining marks: é → e, ï → i
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ") // apostrophes, hyphens, dots, stray bytes such as "\x9d"
    .trim();
}

/** Lower-case, accents removed, punctuation → space, designators and articles dropped. */
export function normalizePlaceName(raw: string): string {
  const words = foldName(raw)
    .split(" ")
    .filter((word) => word !== "" && !DESIGNATOR_WORDS.has(word));

  // Only strip articles that precede the name ("de la Kossi"), never inside it ("Boucle du Mouhoun").
  let start = 0;
  while (start < words.length - 1 && LEADING_CONNECTORS.has(words[start] ?? "")) start += 1;
  return words.slice(start).join(" ");
}

/**
 * A readable, stable identifier fragment: "Boucle du Mouhoun" → "BOUCLE-DU-MOUHOUN".
 * Used to build place ids such as "BF-BOUCLE-DU-MOUHOUN".
 */
export function placeIdFragment(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
