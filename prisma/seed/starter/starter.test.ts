/**
 * Integrity of the curated starter dataset, checked against the seed articles themselves
 * (../shared/seeds beside the repository, or SEED_ARTICLES_DIR). Pure: no database.
 *
 * The articles are not in the repository (we cite them, we do not republish them): where they are
 * absent, the checks that compare against their text are reported as skipped; CI has them.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { starterDataset } from "./index";
import { seedArticleFiles, type SeedArticleKey } from "./sources";
import type { DatePrecision, IsoDate, StarterCitation } from "./types";

const SEEDS_DIR =
  process.env.SEED_ARTICLES_DIR ?? path.resolve(import.meta.dirname, "../../../../shared/seeds");
const articlesAvailable = existsSync(SEEDS_DIR);
/** A test that reads the seed articles' text. */
const itWithArticles = it.runIf(articlesAvailable);
const CUT_OFF = "2025-12-23";

const seedTexts = new Map<string, string>(
  (articlesAvailable ? readdirSync(SEEDS_DIR) : [])
    .filter((name) => name.endsWith(".txt"))
    .map((name) => [name, readFileSync(path.join(SEEDS_DIR, name), "utf8")]),
);

/** Collapse whitespace and fold curly quotes/apostrophes to straight ones. */
function normalize(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

const normalizedSeeds = new Map([...seedTexts].map(([name, text]) => [name, normalize(text)]));

const { sources, actors, events, institutions, indicators, observations } = starterDataset;
const milestones = institutions.flatMap((institution) =>
  institution.milestones.map((milestone) => ({ institution: institution.key, milestone })),
);

/** Every citation in the dataset, labelled with its owner. */
const citations: { owner: string; citation: StarterCitation }[] = [
  ...events.flatMap((e) => e.citations.map((citation) => ({ owner: `event ${e.key}`, citation }))),
  ...institutions.flatMap((i) =>
    i.citations.map((citation) => ({ owner: `institution ${i.key}`, citation })),
  ),
  ...milestones.flatMap(({ milestone: m }) =>
    m.citations.map((citation) => ({ owner: `milestone ${m.key}`, citation })),
  ),
  ...observations.flatMap((o) =>
    o.citations.map((citation) => ({ owner: `observation ${o.key}`, citation })),
  ),
];

const sourceByKey = new Map(sources.map((source) => [source.key, source]));
const isSeedArticleKey = (key: string): key is SeedArticleKey => key in seedArticleFiles;

function isValidIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function lastDayOfMonth(iso: string): string {
  const [year, month] = iso.split("-").map(Number);
  const last = new Date(Date.UTC(year ?? 0, month ?? 0, 0));
  return last.toISOString().slice(0, 10);
}

/** Problems with a start/end pair at a given precision ([] when fine). */
function dateProblems(start: IsoDate, end: IsoDate, precision: DatePrecision | null): string[] {
  const problems: string[] = [];
  if (!isValidIsoDate(start)) problems.push(`invalid start ${start}`);
  if (!isValidIsoDate(end)) problems.push(`invalid end ${end}`);
  if (problems.length > 0) return problems;
  if (end < start) problems.push(`end ${end} before start ${start}`);
  if (start > CUT_OFF || end > CUT_OFF) problems.push(`date after ${CUT_OFF}`);
  if (precision === "DAY" && start !== end) problems.push("DAY precision with start ≠ end");
  if (precision === "MONTH") {
    if (!start.endsWith("-01")) problems.push("MONTH precision must start on the 1st");
    if (end !== lastDayOfMonth(start))
      problems.push("MONTH precision must end on the month's last day");
  }
  if (precision === "YEAR") {
    if (!start.endsWith("-01-01")) problems.push("YEAR precision must start on 1 January");
    if (end !== `${start.slice(0, 4)}-12-31`)
      problems.push("YEAR precision must end on 31 December");
  }
  return problems;
}

function duplicates(keys: string[]): string[] {
  return keys.filter((key, index) => keys.indexOf(key) !== index);
}

describe("starter dataset: seed articles", () => {
  itWithArticles(
    "reads the five seed articles, and every seed-article source maps to one of them",
    () => {
      expect(seedTexts.size).toBe(5);
      for (const file of Object.values(seedArticleFiles))
        expect(seedTexts.has(file), file).toBe(true);
      for (const key of Object.keys(seedArticleFiles)) expect(sourceByKey.has(key), key).toBe(true);
    },
  );
});

describe("starter dataset: keys", () => {
  it("has unique keys in every collection (milestones across all institutions)", () => {
    expect(duplicates(sources.map((s) => s.key))).toEqual([]);
    expect(duplicates(actors.map((a) => a.key))).toEqual([]);
    expect(duplicates(events.map((e) => e.key))).toEqual([]);
    expect(duplicates(institutions.map((i) => i.key))).toEqual([]);
    expect(duplicates(milestones.map(({ milestone }) => milestone.key))).toEqual([]);
    expect(duplicates(indicators.map((i) => i.key))).toEqual([]);
    expect(duplicates(observations.map((o) => o.key))).toEqual([]);
  });

  it("references only actors, institutions, events and indicators that exist", () => {
    const actorKeys = new Set(actors.map((a) => a.key));
    const institutionKeys = new Set(institutions.map((i) => i.key));
    const eventKeys = new Set(events.map((e) => e.key));
    const indicatorKeys = new Set(indicators.map((i) => i.key));
    const missing: string[] = [];
    for (const actor of actors) {
      if (actor.affiliation && !actorKeys.has(actor.affiliation))
        missing.push(`actor ${actor.key} → ${actor.affiliation}`);
    }
    for (const event of events) {
      for (const link of event.actors ?? [])
        if (!actorKeys.has(link.actor)) missing.push(`event ${event.key} → actor ${link.actor}`);
      for (const key of event.institutions ?? [])
        if (!institutionKeys.has(key)) missing.push(`event ${event.key} → institution ${key}`);
    }
    for (const institution of institutions) {
      if (institution.parent && !institutionKeys.has(institution.parent))
        missing.push(`institution ${institution.key} → parent ${institution.parent}`);
    }
    for (const { milestone } of milestones) {
      if (milestone.event && !eventKeys.has(milestone.event))
        missing.push(`milestone ${milestone.key} → event ${milestone.event}`);
    }
    for (const observation of observations) {
      if (!indicatorKeys.has(observation.indicator))
        missing.push(`observation ${observation.key} → indicator ${observation.indicator}`);
    }
    expect(missing).toEqual([]);
  });
});

describe("starter dataset: citations", () => {
  it("gives every event, institution, milestone and observation at least one citation", () => {
    const uncited = [
      ...events.filter((e) => e.citations.length === 0).map((e) => `event ${e.key}`),
      ...institutions.filter((i) => i.citations.length === 0).map((i) => `institution ${i.key}`),
      ...milestones
        .filter(({ milestone }) => milestone.citations.length === 0)
        .map(({ milestone }) => `milestone ${milestone.key}`),
      ...observations.filter((o) => o.citations.length === 0).map((o) => `observation ${o.key}`),
    ];
    expect(uncited).toEqual([]);
  });

  it("cites only known sources, with the source's own title (and its URL for a reference)", () => {
    const problems: string[] = [];
    for (const { owner, citation } of citations) {
      const source = sourceByKey.get(citation.source);
      if (!source) {
        problems.push(`${owner}: unknown source ${citation.source}`);
        continue;
      }
      if (citation.title !== source.name)
        problems.push(`${owner}: title differs from ${source.key}`);
      if (!isSeedArticleKey(source.key) && citation.url !== source.homepageUrl)
        problems.push(`${owner}: reference citation without the reference's URL`);
      if (isSeedArticleKey(source.key) && citation.url !== undefined)
        problems.push(`${owner}: seed articles have no URL of their own`);
    }
    expect(problems).toEqual([]);
  });

  itWithArticles("uses only URLs printed verbatim in a seed article", () => {
    const urls = [
      ...citations.flatMap(({ citation }) => (citation.url ? [citation.url] : [])),
      ...sources.flatMap((source) => (source.homepageUrl ? [source.homepageUrl] : [])),
    ];
    expect(urls.length).toBeGreaterThan(0);
    const unprinted = urls.filter(
      (url) => ![...seedTexts.values()].some((text) => text.includes(url)),
    );
    expect(unprinted).toEqual([]);
  });

  itWithArticles(
    "quotes verbatim (≤ 300 chars, with a language) from the cited article, or any article for a reference",
    () => {
      const problems: string[] = [];
      for (const { owner, citation } of citations) {
        if (citation.quote === undefined) continue;
        const quote = normalize(citation.quote);
        if (citation.quote.length > 300)
          problems.push(`${owner}: quote longer than 300 characters`);
        if (!citation.quoteLanguage) problems.push(`${owner}: quote without quoteLanguage`);
        const haystacks = isSeedArticleKey(citation.source)
          ? [normalizedSeeds.get(seedArticleFiles[citation.source]) ?? ""]
          : [...normalizedSeeds.values()];
        if (!haystacks.some((text) => text.includes(quote)))
          problems.push(`${owner}: quote not found verbatim — "${citation.quote}"`);
      }
      expect(problems).toEqual([]);
    },
  );

  it("sets publishedOn only to valid dates no later than the cut-off", () => {
    for (const { owner, citation } of citations) {
      if (citation.publishedOn === undefined) continue;
      expect(isValidIsoDate(citation.publishedOn), owner).toBe(true);
      expect(citation.publishedOn <= CUT_OFF, owner).toBe(true);
    }
  });
});

describe("starter dataset: dates", () => {
  it("gives events valid dates consistent with their precision, none after the cut-off", () => {
    const problems = events.flatMap((e) =>
      dateProblems(e.dateStart, e.dateEnd, e.datePrecision).map((p) => `event ${e.key}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it("gives milestones a valid date with a precision, or neither", () => {
    const problems: string[] = [];
    for (const { milestone: m } of milestones) {
      if ((m.date === null) !== (m.datePrecision === null))
        problems.push(`milestone ${m.key}: date and precision must both be set or both null`);
      if (m.date !== null) {
        const end =
          m.datePrecision === "MONTH"
            ? (lastDayOfMonth(m.date) as IsoDate)
            : m.datePrecision === "YEAR"
              ? (`${m.date.slice(0, 4)}-12-31` as IsoDate)
              : m.date;
        problems.push(
          ...dateProblems(m.date, end, m.datePrecision).map((p) => `milestone ${m.key}: ${p}`),
        );
      }
    }
    expect(problems).toEqual([]);
  });

  it("dates a milestone within the dates of the event it points to", () => {
    const eventByKey = new Map(events.map((e) => [e.key, e]));
    for (const { milestone: m } of milestones) {
      const event = m.event ? eventByKey.get(m.event) : undefined;
      if (!event || m.date === null) continue;
      expect(m.date >= event.dateStart && m.date <= event.dateEnd, m.key).toBe(true);
    }
  });

  it("gives observations valid periods, none after the cut-off", () => {
    const problems = observations.flatMap((o) =>
      dateProblems(o.periodStart, o.periodEnd, null).map((p) => `observation ${o.key}: ${p}`),
    );
    expect(problems).toEqual([]);
  });
});

describe("starter dataset: content", () => {
  it("has non-empty English and French titles and texts", () => {
    const blank = (text: string) => text.trim().length === 0;
    const problems: string[] = [];
    for (const e of events) {
      if ([e.titleEn, e.titleFr, e.summaryEn, e.summaryFr].some(blank))
        problems.push(`event ${e.key}`);
    }
    for (const i of institutions) {
      if ([i.nameEn, i.nameFr, i.descriptionEn, i.descriptionFr].some(blank))
        problems.push(`institution ${i.key}`);
    }
    for (const { milestone: m } of milestones) {
      if ([m.descriptionEn, m.descriptionFr].some(blank)) problems.push(`milestone ${m.key}`);
    }
    for (const a of actors) if ([a.nameEn, a.nameFr].some(blank)) problems.push(`actor ${a.key}`);
    for (const i of indicators)
      if ([i.nameEn, i.nameFr].some(blank)) problems.push(`indicator ${i.key}`);
    expect(problems).toEqual([]);
  });

  itWithArticles(
    "writes summaries in its own words: no run of 8 words copied from an article",
    () => {
      const corpus = [...normalizedSeeds.values()].map((text) => text.toLowerCase()).join("\n");
      const ownTexts = [
        ...events.map((e) => ({ owner: `event ${e.key}`, text: e.summaryEn })),
        ...institutions.map((i) => ({ owner: `institution ${i.key}`, text: i.descriptionEn })),
        ...milestones.map(({ milestone: m }) => ({
          owner: `milestone ${m.key}`,
          text: m.descriptionEn,
        })),
      ];
      const copied: string[] = [];
      for (const { owner, text } of ownTexts) {
        const words = normalize(text).toLowerCase().split(" ");
        for (let i = 0; i + 8 <= words.length; i++) {
          const run = words.slice(i, i + 8).join(" ");
          if (corpus.includes(run)) copied.push(`${owner}: "${run}"`);
        }
      }
      expect(copied).toEqual([]);
    },
  );

  it("keeps event summaries to at most three sentences", () => {
    for (const e of events) {
      for (const summary of [e.summaryEn, e.summaryFr]) {
        const withoutAbbreviations = summary.replace(/\b(Gen|Capt|Col|Lt|Dr|Mr|St)\./g, "$1");
        const sentences = withoutAbbreviations
          .split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý0-9])/u)
          .filter(Boolean);
        expect(sentences.length, e.key).toBeLessThanOrEqual(3);
      }
    }
  });

  it("records observation values as plain numbers, without invented bounds", () => {
    for (const o of observations) {
      if (o.value !== null) expect(Number.isFinite(o.value), o.key).toBe(true);
      expect(o.low, o.key).toBeUndefined();
      expect(o.high, o.key).toBeUndefined();
    }
  });
});
