import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";

export interface FormOption {
  id: string;
  label: string;
}

/** The short lists record forms choose from: institutions and indicators (tens of rows). */
export const getFormOptions = cache(
  async (locale: Locale): Promise<Record<string, FormOption[]>> => {
    const french = locale === "fr";
    const [institutions, indicators] = await Promise.all([
      db.institution.findMany({
        orderBy: { slug: "asc" },
        take: 500,
        select: { id: true, acronym: true, nameEn: true, nameFr: true },
      }),
      db.indicator.findMany({
        orderBy: { slug: "asc" },
        take: 500,
        select: { id: true, nameEn: true, nameFr: true, unit: true },
      }),
    ]);
    return {
      institutions: institutions.map((row) => ({
        id: row.id,
        label: [row.acronym, french ? row.nameFr : row.nameEn].filter(Boolean).join(" — "),
      })),
      indicators: indicators.map((row) => ({
        id: row.id,
        label: `${french ? row.nameFr : row.nameEn} (${row.unit})`,
      })),
    };
  },
);
