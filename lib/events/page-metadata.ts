import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The metadata of a public page: title, description and Open Graph. A page's `openGraph` replaces
 * the layout's as a whole (Next merges metadata one key deep), so the site name and the locale are
 * repeated here rather than lost.
 */
export async function publicPageMetadata(
  locale: Locale,
  page: { title: string; description: string; type?: "website" | "article" | "profile" },
): Promise<Metadata> {
  const site = await getTranslations({ locale, namespace: "site" });
  return {
    title: page.title,
    description: page.description,
    openGraph: {
      title: page.title,
      description: page.description,
      type: page.type ?? "website",
      siteName: site("name"),
      locale: locale === "fr" ? "fr_FR" : "en_GB",
      alternateLocale: locale === "fr" ? "en_GB" : "fr_FR",
    },
  };
}
