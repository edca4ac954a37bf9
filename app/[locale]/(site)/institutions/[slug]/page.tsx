import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EvidenceList } from "@/components/institutions/evidence-list";
import { GapFigure } from "@/components/institutions/gap-figure";
import { LifecycleTrack } from "@/components/institutions/lifecycle-track";
import { MilestoneList } from "@/components/institutions/milestone-list";
import { RelatedEvents } from "@/components/institutions/related-events";
import { getInstitution } from "@/lib/data/institutions";
import { Link } from "@/lib/i18n/navigation";
import { isLocale, routing } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, slug } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  const institution = await getInstitution(slug, locale);
  if (!institution) return {};
  const t = await getTranslations({ locale, namespace: "institutions" });
  const title = institution.acronym
    ? `${institution.acronym} — ${institution.name.text}`
    : institution.name.text;
  const description = institution.description?.text ?? t("description");
  return { title, description, openGraph: { title, description, type: "article" } };
}

export default async function InstitutionPage({ params }: Props) {
  const { locale: raw, slug } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  setRequestLocale(locale);
  const institution = await getInstitution(slug, locale);
  if (!institution) notFound();
  const t = await getTranslations("institutions");
  const lang = (value: { locale: string }) => (value.locale === locale ? undefined : value.locale);

  return (
    <article className="space-y-10">
      <nav aria-label={t("back")} className="text-sm">
        <Link href="/institutions" className="text-accent-strong underline">
          ← {t("back")}
        </Link>
      </nav>
      <header className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div className="space-y-3">
          {institution.acronym ? (
            <p className="text-sm font-medium uppercase tracking-wide text-muted">
              {institution.acronym}
            </p>
          ) : null}
          <h1 className="text-3xl font-bold tracking-tight" lang={lang(institution.name)}>
            {institution.name.text}
          </h1>
          {institution.description ? (
            <p className="max-w-3xl text-lg text-muted" lang={lang(institution.description)}>
              {institution.description.text}
            </p>
          ) : null}
          {institution.parent || institution.children.length > 0 ? (
            <p className="text-sm">
              {institution.parent ? (
                <>
                  {t("partOf")}{" "}
                  <Link
                    href={`/institutions/${institution.parent.slug}`}
                    className="text-accent-strong underline"
                  >
                    {institution.parent.name.text}
                  </Link>
                </>
              ) : null}
              {institution.children.length > 0 ? (
                <span className="block">
                  {t("bodies")}{" "}
                  {institution.children.map((child, index) => (
                    <span key={child.slug}>
                      {index > 0 ? ", " : ""}
                      <Link
                        href={`/institutions/${child.slug}`}
                        className="text-accent-strong underline"
                      >
                        {child.name.text}
                      </Link>
                    </span>
                  ))}
                </span>
              ) : null}
            </p>
          ) : null}
        </div>
        <GapFigure lifecycle={institution.lifecycle} />
      </header>
      <section aria-labelledby="lifecycle-heading" className="space-y-4">
        <h2 id="lifecycle-heading" className="text-xl font-semibold">
          {t("lifecycle")}
        </h2>
        <div className="rounded border border-line bg-white p-4 sm:p-5">
          <LifecycleTrack
            lifecycle={institution.lifecycle}
            locale={locale}
            label={t("trackLabel", { name: institution.acronym ?? institution.name.text })}
          />
        </div>
        <MilestoneList lifecycle={institution.lifecycle} locale={locale} />
      </section>
      <RelatedEvents events={institution.events} locale={locale} />
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="text-xl font-semibold">
          {t("sources")}
        </h2>
        <EvidenceList evidence={institution.evidence} locale={locale} />
      </section>
    </article>
  );
}
