import { getTranslations } from "next-intl/server";
import { listInstitutionSummaries } from "@/lib/data/home";
import type { Locale } from "@/lib/i18n/routing";

export async function InstitutionList({ locale }: { locale: Locale }) {
  const institutions = await listInstitutionSummaries(locale);
  const t = await getTranslations("home");
  if (institutions.length === 0) return <p className="mt-4">{t("noInstitutions")}</p>;
  return (
    <ul className="mt-3 space-y-2">
      {institutions.map((institution) => (
        <li key={institution.slug} className="rounded border border-line bg-white px-4 py-3">
          {institution.acronym ? (
            <span className="mr-2 font-semibold">{institution.acronym}</span>
          ) : null}
          <span className="text-muted">{institution.name}</span>
        </li>
      ))}
    </ul>
  );
}
