import { getTranslations } from "next-intl/server";
import { LifecycleSummary } from "@/components/institutions/lifecycle-track";
import { listInstitutionTracks } from "@/lib/data/institutions";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** Every institution with how far along its lifecycle it is. */
export async function InstitutionTracker({ locale }: { locale: Locale }) {
  const institutions = await listInstitutionTracks(locale);
  const t = await getTranslations("home");
  if (institutions.length === 0) return <p className="mt-4">{t("noInstitutions")}</p>;
  return (
    <div className="mt-3">
      <ul className="space-y-2">
        {institutions.map((institution) => (
          <li key={institution.slug} className="rounded border border-line bg-white px-4 py-3">
            <Link
              href={`/institutions/${institution.slug}`}
              className="font-semibold text-ink underline-offset-2 hover:text-accent-strong hover:underline"
            >
              {institution.acronym ?? (
                <span
                  lang={institution.name.locale === locale ? undefined : institution.name.locale}
                >
                  {institution.name.text}
                </span>
              )}
            </Link>
            {institution.acronym ? (
              <span
                className="ml-2 text-sm text-muted"
                lang={institution.name.locale === locale ? undefined : institution.name.locale}
              >
                {institution.name.text}
              </span>
            ) : null}
            <div className="mt-2">
              <LifecycleSummary lifecycle={institution.lifecycle} />
            </div>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm">
        <Link href="/institutions" className="font-medium text-accent-strong underline">
          {t("allInstitutions")}
        </Link>
      </p>
    </div>
  );
}
