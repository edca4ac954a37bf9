"use client";

import { useLocale, useTranslations } from "next-intl";
import { intlLocale } from "@/lib/events/precision";
import type { Granularity } from "@/lib/events/timeline-scale";

/** "week of 11 March 2024", "Q3 2022", "2021": the period a bucket covers, in words. */
export function usePeriodLabel(granularity: Granularity): (start: number) => string {
  const t = useTranslations("timeline.period");
  const locale = useLocale();
  const long = new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  const month = new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: "UTC",
    month: "long",
    year: "numeric",
  });
  return (start) => {
    const date = new Date(start);
    switch (granularity) {
      case "day":
        return t("day", { date: long.format(date) });
      case "week":
        return t("week", { date: long.format(date) });
      case "month":
        return t("month", { month: month.format(date) });
      case "quarter":
        return t("quarter", {
          quarter: Math.floor(date.getUTCMonth() / 3) + 1,
          year: String(date.getUTCFullYear()),
        });
      case "year":
        return t("year", { year: String(date.getUTCFullYear()) });
    }
  };
}
