import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/** Title, description and Open Graph tags of an index page, from its namespace's messages. */
export async function listingMetadata(
  locale: string,
  namespace: "indicators" | "institutions",
): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace });
  return {
    title: t("title"),
    description: t("description"),
    openGraph: { title: t("title"), description: t("description") },
  };
}

export async function ListingHeader({ namespace }: { namespace: "indicators" | "institutions" }) {
  const t = await getTranslations(namespace);
  return (
    <header>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t("intro")}</p>
    </header>
  );
}
