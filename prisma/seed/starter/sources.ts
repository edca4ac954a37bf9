/**
 * Sources of the starter dataset: the five seed articles in ../shared/seeds, plus every reference
 * those articles list WITH a URL (all four are the end notes of seed article 000). URLs are copied
 * exactly as printed in the article. Publication dates are not stated for any of them, so
 * `publishedOn` is never set; the notes give only an access date (23 December 2025).
 *
 * Seed article 004 also lists "Sources & Further Reading" (Human Rights Watch World Report 2025,
 * Reuters, Legal Africa, ACLED Conflict Watchlist 2024, Clingendael …) but WITHOUT URLs: they are
 * deliberately not sources here. Figures the article attributes to them are cited to article 004,
 * and the indicator's `producer` names who produced the figure.
 */
import type { StarterCitation, StarterSource } from "./types";

export type SeedArticleKey =
  | "seed-article-000"
  | "seed-article-001"
  | "seed-article-002"
  | "seed-article-003"
  | "seed-article-004";

export type ReferenceKey =
  | "ref-maliweb-summit-begins"
  | "ref-maliweb-final-communique"
  | "ref-burkina24-presidency"
  | "ref-actuniger-new-cycle";

/** File name (in ../shared/seeds) of each seed article, so tests can check quotes against it. */
export const seedArticleFiles: Record<SeedArticleKey, string> = {
  "seed-article-000": "000_f4fc2b9b2ed467a0.txt",
  "seed-article-001": "001_1b25319dcde4d539.txt",
  "seed-article-002": "002_c4bca279c4a69077.txt",
  "seed-article-003": "003_58feee848095fbb0.txt",
  "seed-article-004": "004_26e342f7357a83bf.txt",
};

const seedArticles: Record<SeedArticleKey, StarterSource> = {
  // No explicit title: the article's first words are used as a descriptive title.
  // Analytical commentary; publisher not stated.
  "seed-article-000": {
    key: "seed-article-000",
    name: "For many years, the concept of security in the Sahel region…",
    publisher: null,
    kind: "OTHER",
    language: "en",
  },
  // No explicit title: the article's first words (after the "NextFin News -" dateline) are used
  // as a descriptive title. The publisher is named in the text ("NextFin News", "nextfin.ai").
  "seed-article-001": {
    key: "seed-article-001",
    name: "On December 23, 2025, Mali, Burkina Faso, and Niger convened in Bamako…",
    publisher: "NextFin News",
    kind: "NEWS",
    language: "en",
  },
  // Explicit title on the first line; publisher not stated.
  "seed-article-002": {
    key: "seed-article-002",
    name: "Sahel States Deepen Alliance With Bold Regional Autonomy and Security Initiatives",
    publisher: null,
    kind: "NEWS",
    language: "en",
  },
  // No explicit title: the text opens with the generic box heading "What You Need to Know", so the
  // descriptive title is that heading plus the first words of the text. Publisher not stated.
  "seed-article-003": {
    key: "seed-article-003",
    name: "What You Need to Know: The Sahel Alliance summit in Bamako on December 22-23, 2025…",
    publisher: null,
    kind: "NEWS",
    language: "en",
  },
  // Explicit title on the first line; long-form analysis; publisher not stated.
  "seed-article-004": {
    key: "seed-article-004",
    name: "The Alliance That Cannot Win",
    publisher: null,
    kind: "OTHER",
    language: "en",
  },
};

/**
 * References listed with a URL in seed article 000 (notes [i]–[vi]; [iii] and [iv] are "Ibid." of
 * [ii]). `name` is the title as the article gives it (English renderings for Maliweb [i]/[ii] and
 * ActuNiger [vi], French for Burkina24 [v]). `language` is the referenced page's language, read from
 * its French URL slug and its French-language publisher.
 * NB: for Burkina24 [v] the printed title (presidency handover) and the printed URL slug (AES
 * launches its television) do not match; both are kept exactly as printed.
 */
const references: Record<ReferenceKey, StarterSource> = {
  "ref-maliweb-summit-begins": {
    key: "ref-maliweb-summit-begins",
    name: "The AES Summit begins today in Bamako",
    publisher: "Maliweb",
    kind: "NEWS",
    language: "fr",
    homepageUrl:
      "https://www.maliweb.net/economie/cooperation/sommet-aes-deux-inaugurations-prevues-ce-lundi-avant-la-conference-des-chefs-detat-mardi-3112424.html",
  },
  "ref-maliweb-final-communique": {
    key: "ref-maliweb-final-communique",
    name: "2nd Ordinary Session of the College of Heads of State of the Confederation of Sahel States (AES): Final Communiqué",
    publisher: "Maliweb",
    kind: "OFFICIAL",
    language: "fr",
    homepageUrl:
      "https://www.maliweb.net/communique-391/2eme-session-ordinaire-du-college-des-chefs-detat-de-la-confederation-des-etats-du-sahel-aes-communique-final-3112477.html",
  },
  "ref-burkina24-presidency": {
    key: "ref-burkina24-presidency",
    name: "Présidence de la Confédération AES : Assimi GOÏTA passe le témoin au Capitaine Ibrahim TRAORÉ pour un an",
    publisher: "Burkina24",
    kind: "NEWS",
    language: "fr",
    homepageUrl:
      "https://burkina24.com/2025/12/23/bamako-laes-lance-sa-television-alerte-sur-un-hiver-noir-en-afrique-de-louest/",
  },
  "ref-actuniger-new-cycle": {
    key: "ref-actuniger-new-cycle",
    name: "AES: Bamako affirms strategic continuity and opens a new cycle under the presidency of Captain Ibrahim Traoré",
    publisher: "ActuNiger",
    kind: "NEWS",
    language: "fr",
    homepageUrl:
      "https://www.actuniger.com/politique/21624-aes-bamako-acte-la-continuite-strategique-et-ouvre-un-nouveau-cycle-sous-la-presidence-du-capitaine-ibrahim-traore.html",
  },
};

export const starterSources: StarterSource[] = [
  ...Object.values(seedArticles),
  ...Object.values(references),
];

/**
 * A citation of a seed article. `quote` must be verbatim from that article (English), ≤ 300 chars.
 * Locators count paragraphs of body text, not headings.
 */
export function fromArticle(
  source: SeedArticleKey,
  locator: string,
  quote?: string,
): StarterCitation {
  const title = seedArticles[source].name;
  return quote === undefined
    ? { source, title, locator }
    : { source, title, locator, quote, quoteLanguage: "en" };
}

/** A citation of a reference listed (with its URL) by a seed article; `locator` says where. */
export function fromReference(source: ReferenceKey, locator: string): StarterCitation {
  const reference = references[source];
  const citation: StarterCitation = { source, title: reference.name, locator };
  if (reference.homepageUrl !== undefined) citation.url = reference.homepageUrl;
  return citation;
}

/** Shorthands for the references as cited in seed article 000's notes. */
export const summitBeginsNoteI = () =>
  fromReference("ref-maliweb-summit-begins", "cited in seed article 000, paragraph 2, note [i]");
/**
 * The Bamako final communiqué (note [ii]) as cited in seed article 000. Without `note`, the paragraph
 * attributes the point to "the communiqué" without a note marker.
 */
export const communique = (paragraph: number, note?: "ii" | "iii" | "iv") =>
  fromReference(
    "ref-maliweb-final-communique",
    note === undefined
      ? `seed article 000, paragraph ${paragraph}, attributes this to "the communiqué" (reference in note [ii])`
      : `cited in seed article 000, paragraph ${paragraph}, note [${note}]` +
          (note === "ii" ? "" : " (Ibid. of note [ii])"),
  );
export const burkina24NoteV = () =>
  fromReference("ref-burkina24-presidency", "cited in seed article 000, paragraph 10, note [v]");
export const actuNigerNoteVI = () =>
  fromReference("ref-actuniger-new-cycle", "cited in seed article 000, paragraph 12, note [vi]");
