/**
 * Human wording of how precisely we know when and where an event happened: "sometime in March
 * 2024", "near Djibo, within 25 km". Pure functions; the phrases themselves live in the "precision"
 * message namespace, so callers pass a translator (next-intl's `t` or `createTranslator`).
 *
 * Date precision follows UCDP's date_prec (plus quarter); place precision UCDP's where_prec:
 * 1 exact place, 2 within 25 km of a named place, 3 second-order division (cercle, province),
 * 4 first-order division (region), 5 a wider area (e.g. "northern Mali"), 6 the country,
 * 7 international waters or airspace.
 */
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import { CONFEDERATION_ID, findAreaDefinition, findCountryDefinition } from "@/lib/places/catalog";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

// ───────────────────────────── what "imprecise" means (shared by the filters and the drawing)

/** Dates known to the day, or to a short run of days: anything coarser is imprecise. */
export const PRECISE_DATE_PRECISIONS: readonly DatePrecision[] = ["DAY", "DAYS"];
/** where_prec up to 3 (a named place, or within 25 km, or a district) counts as a precise place. */
export const MAX_PRECISE_GEO_PRECISION = 3;

export function isDateImprecise(precision: DatePrecision): boolean {
  return !PRECISE_DATE_PRECISIONS.includes(precision);
}

/** An unknown geo precision (curated political events) is not flagged: nothing claims a place. */
export function isPlaceImprecise(geoPrecision: number | null): boolean {
  return geoPrecision !== null && geoPrecision > MAX_PRECISE_GEO_PRECISION;
}

/** Whether the drawn span is uncertainty (a fuzzy span) rather than a known duration. */
export function isFuzzySpan(precision: DatePrecision): boolean {
  return precision !== "DAY";
}

// ───────────────────────────── dates

export interface DatedEvent {
  dateStart: Date;
  dateEnd: Date;
  datePrecision: DatePrecision;
}

/** The Intl locale we format with: British English (day month year) and metropolitan French. */
export function intlLocale(locale: string): string {
  return locale === "fr" ? "fr-FR" : "en-GB";
}

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions) {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: "UTC",
    ...options,
  });
}

const sameDay = (a: Date, b: Date) => a.getTime() === b.getTime();
const sameMonth = (a: Date, b: Date) =>
  a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth();
const sameYear = (a: Date, b: Date) => a.getUTCFullYear() === b.getUTCFullYear();

function isMonthStart(date: Date): boolean {
  return date.getUTCDate() === 1;
}

function isMonthEnd(date: Date): boolean {
  return new Date(date.getTime() + 86_400_000).getUTCDate() === 1;
}

function isYearStart(date: Date): boolean {
  return date.getUTCMonth() === 0 && date.getUTCDate() === 1;
}

function isYearEnd(date: Date): boolean {
  return date.getUTCMonth() === 11 && date.getUTCDate() === 31;
}

function formatDayParts(date: Date, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  const text = formatter(locale, options).format(date);
  // French writes the first of the month as an ordinal: "1er mars".
  return locale === "fr" && date.getUTCDate() === 1 ? text.replace(/^1(?=\s|$)/, "1er") : text;
}

/** "12 March 2024" / "12 mars 2024". */
export function formatDay(date: Date, locale: Locale): string {
  return formatDayParts(date, locale, { day: "numeric", month: "long", year: "numeric" });
}

/** "March 2024" / "mars 2024". */
export function formatMonth(date: Date, locale: Locale): string {
  return formatter(locale, { month: "long", year: "numeric" }).format(date);
}

/**
 * The two ends of a range of days, without repeating what they share:
 * "3" … "6 March 2024", "28 February" … "3 March 2024", "30 December 2023" … "2 January 2024".
 */
function dayRangeEnds(start: Date, end: Date, locale: Locale): { start: string; end: string } {
  const startOptions: Intl.DateTimeFormatOptions = sameMonth(start, end)
    ? { day: "numeric" }
    : sameYear(start, end)
      ? { day: "numeric", month: "long" }
      : { day: "numeric", month: "long", year: "numeric" };
  return { start: formatDayParts(start, locale, startOptions), end: formatDay(end, locale) };
}

function monthRangeEnds(start: Date, end: Date, locale: Locale): { start: string; end: string } {
  const startOptions: Intl.DateTimeFormatOptions = sameYear(start, end)
    ? { month: "long" }
    : { month: "long", year: "numeric" };
  return { start: formatter(locale, startOptions).format(start), end: formatMonth(end, locale) };
}

/** "sometime in March 2024", "from 22 to 23 December 2025", "sometime between 3 and 6 May 2021". */
export function describeEventDate(event: DatedEvent, locale: Locale, t: Translate): string {
  const { dateStart: start, dateEnd: end, datePrecision } = event;
  switch (datePrecision) {
    case "DAY":
      return sameDay(start, end)
        ? t("day", { date: formatDay(start, locale) })
        : t("dayRange", dayRangeEnds(start, end, locale));
    case "DAYS":
      return sameDay(start, end)
        ? t("day", { date: formatDay(start, locale) })
        : t("days", dayRangeEnds(start, end, locale));
    case "WEEK":
      return t("week", { start: formatDay(start, locale) });
    case "MONTH":
      if (isMonthStart(start) && isMonthEnd(end)) {
        return sameMonth(start, end)
          ? t("month", { month: formatMonth(start, locale) })
          : t("betweenPeriods", monthRangeEnds(start, end, locale));
      }
      break;
    case "QUARTER":
      if (isMonthStart(start) && isMonthEnd(end) && start.getUTCMonth() % 3 === 0) {
        return t("quarter", {
          quarter: String(start.getUTCMonth() / 3 + 1),
          year: String(start.getUTCFullYear()),
        });
      }
      break;
    case "YEAR":
      if (isYearStart(start) && isYearEnd(end)) {
        return sameYear(start, end)
          ? t("year", { year: String(start.getUTCFullYear()) })
          : t("betweenPeriods", {
              start: String(start.getUTCFullYear()),
              end: String(end.getUTCFullYear()),
            });
      }
      break;
  }
  // A span that does not line up with its unit: say exactly what we know.
  return t("betweenDays", dayRangeEnds(start, end, locale));
}

// ───────────────────────────── places

export interface PlacedEvent {
  countryId: string;
  countryName: string;
  areaId: string | null;
  areaName: string | null;
  locationName: string | null;
  geoPrecision: number | null;
}

// UCDP suffixes its place names with their kind ("Djibo town"); wording reads better without it.
const PLACE_KIND_SUFFIX = / (town|city|village|villages|area)$/i;

export function cleanLocationName(name: string): string {
  return name.trim().replace(PLACE_KIND_SUFFIX, "");
}

function inArea(event: PlacedEvent, locale: Locale, t: Translate): string {
  const known = event.areaId ? findAreaDefinition(event.areaId) : undefined;
  if (known) return locale === "fr" ? known.inFr : known.inEn;
  if (event.areaName) return t("place.inNamedArea", { area: event.areaName });
  return inCountry(event, locale, t);
}

function inCountry(event: PlacedEvent, locale: Locale, t: Translate): string {
  if (event.countryId === CONFEDERATION_ID) return t("place.inConfederation");
  const known = findCountryDefinition(event.countryId);
  if (known) return locale === "fr" ? known.inFr : known.inEn;
  return t("place.inNamedArea", { area: event.countryName });
}

/** "in Djibo", "near Djibo, within 25 km", "somewhere in the Sahel region", "somewhere in Mali". */
export function describeEventPlace(event: PlacedEvent, locale: Locale, t: Translate): string {
  const location = event.locationName ? cleanLocationName(event.locationName) : null;
  // A decision of the confederation as a whole happens in no one place.
  if (event.countryId === CONFEDERATION_ID && !location && !event.areaId) {
    return t("place.acrossConfederation");
  }
  switch (event.geoPrecision) {
    case 1:
      if (location) return t("place.exact", { location });
      break;
    case 2:
      if (location) return t("place.near", { location });
      break;
    case 3:
      if (location) return t("place.district", { location, where: inArea(event, locale, t) });
      break;
    case 4:
      return t("place.somewhere", { where: inArea(event, locale, t) });
    case 5:
      if (location) return t("place.wider", { location, where: inCountry(event, locale, t) });
      break;
    case 6:
      return t("place.somewhere", { where: inCountry(event, locale, t) });
    case 7:
      return t("place.waterOrAir", { where: inCountry(event, locale, t) });
    case null:
      if (location) return t("place.named", { location });
      return event.areaId || event.areaName
        ? t("place.somewhere", { where: inArea(event, locale, t) })
        : t("place.somewhere", { where: inCountry(event, locale, t) });
  }
  return t("place.somewhere", {
    where: event.areaId ? inArea(event, locale, t) : inCountry(event, locale, t),
  });
}
