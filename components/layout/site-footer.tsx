import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

const ATTRIBUTIONS = ["ucdp", "owid", "idmc", "unhcr", "naturalEarth"] as const;

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="mt-12 border-t border-line bg-sand">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted sm:px-6">
        <h2 className="font-semibold text-ink">{t("attributionsTitle")}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {ATTRIBUTIONS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <p className="mt-4">
          {t("code")}{" "}
          <Link href="/api-docs" className="text-accent-strong underline">
            {t("api")}
          </Link>
        </p>
      </div>
    </footer>
  );
}
