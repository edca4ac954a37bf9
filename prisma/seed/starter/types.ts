/**
 * Shape of the curated starter dataset (written by hand from the five seed articles in
 * ../shared/seeds). Each record carries stable keys so the seed can upsert it idempotently.
 * Enum values mirror prisma/schema.prisma.
 */

export type DatePrecision = "DAY" | "DAYS" | "WEEK" | "MONTH" | "QUARTER" | "YEAR";

export type EventCategory =
  | "BATTLE"
  | "ATTACK"
  | "VIOLENCE_AGAINST_CIVILIANS"
  | "STRATEGIC_DEVELOPMENT"
  | "SUMMIT"
  | "AGREEMENT"
  | "WITHDRAWAL"
  | "INSTITUTIONAL_ACT"
  | "DIPLOMATIC"
  | "ECONOMIC"
  | "INFORMATION_MEDIA"
  | "COUP";

export type SourceKind =
  | "NEWS"
  | "OFFICIAL"
  | "NGO"
  | "INTERNATIONAL_ORGANISATION"
  | "ACADEMIC"
  | "DATASET"
  | "SOCIAL_MEDIA"
  | "OTHER";

export type ActorKind =
  | "STATE_FORCE"
  | "ARMED_GROUP"
  | "MILITIA"
  | "FOREIGN_FORCE"
  | "INTERNATIONAL_ORGANISATION"
  | "GOVERNMENT"
  | "PERSON"
  | "CIVILIANS"
  | "OTHER";

export type MilestoneStage =
  | "ANNOUNCED"
  | "TEXT_ADOPTED"
  | "SIGNED"
  | "IN_FORCE"
  | "STAFFED"
  | "HEADQUARTERED"
  | "OPERATIONAL"
  | "FIRST_OUTPUT"
  | "SUSPENDED"
  | "DISSOLVED";

export type ActorRole = "SIDE_A" | "SIDE_B" | "PARTICIPANT" | "TARGET";

/** ISO 3166-1 alpha-2 of an AES country, or null for a confederation-wide fact. */
export type CountryCode = "ML" | "BF" | "NE";

/** An ISO date string: "2025-12-22". For MONTH precision use the first day, for YEAR 1 January. */
export type IsoDate = `${number}-${number}-${number}`;

export interface StarterSource {
  key: string; // stable slug, e.g. "seed-article-000"
  name: string; // the article title as written in it, or the referenced document's name
  publisher: string | null; // as written in the article; null = "publisher not stated"
  kind: SourceKind;
  language: "fr" | "en";
  homepageUrl?: string;
}

export interface StarterCitation {
  source: string; // StarterSource.key
  title: string; // the cited document's title
  url?: string; // ONLY a URL that appears verbatim in one of the seed articles
  publishedOn?: IsoDate; // only if the article states it
  quote?: string; // short quote (≤ 300 chars) in the original language, verbatim from the article
  quoteLanguage?: "fr" | "en";
  locator?: string; // e.g. "paragraph 4"
}

export interface StarterEvent {
  key: string; // stable slug, e.g. "bamako-summit-2025"
  titleEn: string;
  titleFr: string;
  summaryEn: string; // our own words, 1–3 sentences
  summaryFr: string;
  category: EventCategory;
  dateStart: IsoDate;
  dateEnd: IsoDate; // = dateStart for a single day
  datePrecision: DatePrecision;
  country: CountryCode | null; // null for AES-wide; the seed then uses the host/primary country if a location is given
  hostCountry?: CountryCode; // where it happened, when country is null (e.g. a summit in Bamako → "ML")
  locationName?: string; // e.g. "Bamako"
  area?: string; // admin-1 name as the article writes it, e.g. "Ségou"
  fatalities?: { low?: number; best?: number; high?: number; civilians?: number };
  actors?: { actor: string; role: ActorRole }[]; // StarterActor.key
  institutions?: string[]; // StarterInstitution.key
  dataStatus?: "PROVISIONAL" | "FINAL";
  citations: StarterCitation[]; // at least one
}

export interface StarterActor {
  key: string;
  nameEn: string;
  nameFr: string;
  kind: ActorKind;
  aliases: string[]; // every name the articles use plus well-known acronyms, e.g. ["JNIM", "GSIM", ...]
  country?: CountryCode;
  affiliation?: string; // StarterActor.key of a parent (e.g. a leader → his group / state)
  descriptionEn?: string;
  descriptionFr?: string;
}

export interface StarterMilestone {
  key: string;
  stage: MilestoneStage;
  date: IsoDate | null;
  datePrecision: DatePrecision | null;
  descriptionEn: string;
  descriptionFr: string;
  event?: string; // StarterEvent.key of the event where this happened
  citations: StarterCitation[]; // at least one
}

export interface StarterInstitution {
  key: string; // slug, e.g. "fu-aes"
  acronym: string | null;
  nameEn: string;
  nameFr: string;
  descriptionEn: string;
  descriptionFr: string;
  parent?: string; // StarterInstitution.key (e.g. "aes-confederation")
  milestones: StarterMilestone[];
  citations: StarterCitation[]; // at least one
}

export interface StarterObservation {
  key: string;
  indicator: string; // StarterIndicator.key
  country: CountryCode | "AES";
  periodStart: IsoDate;
  periodEnd: IsoDate;
  value: number | null;
  low?: number;
  high?: number;
  note?: string; // e.g. "at least", "over", "perhaps"
  citations: StarterCitation[];
}

export interface StarterIndicator {
  key: string; // slug
  nameEn: string;
  nameFr: string;
  kind:
    | "FATALITIES"
    | "CASUALTIES"
    | "DISPLACEMENT_STOCK"
    | "NEW_DISPLACEMENTS"
    | "REFUGEES"
    | "TERRITORIAL_CONTROL"
    | "OTHER";
  unit: string;
  descriptionEn: string;
  descriptionFr: string;
  producer: string;
  licence: string;
}

export interface StarterDataset {
  sources: StarterSource[];
  actors: StarterActor[];
  events: StarterEvent[];
  institutions: StarterInstitution[];
  indicators: StarterIndicator[];
  observations: StarterObservation[];
}
