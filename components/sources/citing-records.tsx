import { getTranslations } from "next-intl/server";
import { listOtherRecordsCitingSource, type PublicSource } from "@/lib/data/sources";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** Institutions and indicators that cite a source (events are listed page by page apart). */
export async function CitingRecords({ source, locale }: { source: PublicSource; locale: Locale }) {
  const [{ institutions, indicators }, t] = await Promise.all([
    listOtherRecordsCitingSource(source.id, locale),
    getTranslations("source"),
  ]);
  if (institutions.length === 0 && indicators.length === 0) return null;
  const langOf = (text: { locale: Locale }) => (text.locale === locale ? undefined : text.locale);
  return (
    <div className="mt-3 grid gap-6 sm:grid-cols-2">
      {institutions.length > 0 ? (
        <div>
          <h3 className="font-semibold">{t("citingInstitutions")}</h3>
          <ul className="mt-1 space-y-1">
            {institutions.map((institution) => (
              <li key={institution.slug}>
                <Link
                  href={`/institutions/${institution.slug}`}
                  className="text-accent-strong underline"
                >
                  {institution.acronym ? `${institution.acronym} — ` : null}
                  <span lang={langOf(institution.name)}>{institution.name.text}</span>
                </Link>
                <span className="text-sm text-muted">
                  {" "}
                  · {t("citationsOfRecord", { count: institution.citations })}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {indicators.length > 0 ? (
        <div>
          <h3 className="font-semibold">{t("citingIndicators")}</h3>
          <ul className="mt-1 space-y-1">
            {indicators.map((indicator) => (
              <li key={indicator.slug}>
                <Link
                  href={`/indicators/${indicator.slug}`}
                  className="text-accent-strong underline"
                >
                  <span lang={langOf(indicator.name)}>{indicator.name.text}</span>
                </Link>
                <span className="text-sm text-muted">
                  {" "}
                  · {t("citationsOfRecord", { count: indicator.citations })}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
