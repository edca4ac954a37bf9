/**
 * Wording of buckets and figures, shared by the server (tables) and the chart (axis, tooltip) so
 * that both say the same thing. Pure; Intl does the localisation.
 */
import { parseBucket } from "./periods";

export function formatBucket(
  key: string,
  locale: string,
  style: "short" | "long" = "long",
): string {
  const { granularity, year, firstMonth } = parseBucket(key);
  if (granularity === "year") return String(year);
  if (granularity === "quarter") {
    const quarter = firstMonth / 3 + 1;
    return locale === "fr" ? `T${quarter} ${year}` : `Q${quarter} ${year}`;
  }
  return new Intl.DateTimeFormat(locale, {
    month: style === "short" ? "short" : "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, firstMonth, 1)));
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

export function formatCompact(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(
    value,
  );
}

export function formatDay(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** Percentage change from `previous` to `current`; null when there is nothing to compare with. */
export function percentChange(current: number, previous: number): number | null {
  if (previous === 0) return null;
  return ((current - previous) / previous) * 100;
}

/** A date at the precision it is known: "22 Dec 2025", "December 2024", "Q1 2024", "2024". */
export function formatDateAtPrecision(
  date: Date,
  precision: "DAY" | "DAYS" | "WEEK" | "MONTH" | "QUARTER" | "YEAR" | null,
  locale: string,
): string {
  const iso = date.toISOString().slice(0, 10);
  switch (precision) {
    case "YEAR":
      return String(date.getUTCFullYear());
    case "QUARTER":
      return formatBucket(
        `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`,
        locale,
      );
    case "MONTH":
      return formatBucket(iso.slice(0, 7), locale);
    case "DAYS":
    case "WEEK":
      return `≈ ${formatDay(iso, locale)}`;
    default:
      return formatDay(iso, locale);
  }
}
