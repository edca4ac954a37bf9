import { getTranslations } from "next-intl/server";
import { listInstitutionTracks } from "@/lib/data/institutions";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { GapFigure } from "./gap-figure";
import { LifecycleTrack } from "./lifecycle-track";

/** Every published institution with its lifecycle track. */
export async function InstitutionIndex({ locale }: { locale: Locale }) {
  const institutions = await listInstitutionTracks(locale);
  const t = await getTranslations("institutions");
  if (institutions.length === 0) return <p>{t("empty")}</p>;
  return (
    <ul className="space-y-4">
      {institutions.map((institution) => (
        <li key={institution.slug} className="rounded border border-line bg-white p-4 sm:p-5">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <h2 className="text-lg font-semibold">
              <Link
                href={`/institutions/${institution.slug}`}
                className="text-accent-strong underline-offset-2 hover:underline"
              >
                {institution.acronym ? <span className="mr-2">{institution.acronym}</span> : null}
                <span
                  className={institution.acronym ? "font-normal text-ink" : undefined}
                  lang={institution.name.locale === locale ? undefined : institution.name.locale}
                >
                  {institution.name.text}
                </span>
              </Link>
            </h2>
            <GapFigure lifecycle={institution.lifecycle} compact />
          </div>
          <div className="mt-4">
            <LifecycleTrack
              lifecycle={institution.lifecycle}
              locale={locale}
              label={t("trackLabel", { name: institution.acronym ?? institution.name.text })}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
