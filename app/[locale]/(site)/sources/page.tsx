import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { ReliabilityBadge } from "@/components/sources/reliability-badge";
import { WidgetSkeleton } from "@/components/ui/widget-skeleton";
import { listPublicSources } from "@/lib/data/sources";
import { Link } from "@/lib/i18n/navigation";
import { publicPageMetadata } from "@/lib/events/page-metadata";
import { isLocale, routing } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "source" });
  return publicPageMetadata(locale, { title: t("listTitle"), description: t("listDescription") });
}

async function SourceTable() {
  const [sources, t, kinds] = await Promise.all([
    listPublicSources(),
    getTranslations("source"),
    getTranslations("sourceKind"),
  ]);
  if (sources.length === 0) return <p>{t("empty")}</p>;
  return (
    <div className="rounded border border-line bg-white">
      <table className="w-full text-left text-sm" data-testid="source-table">
        <thead className="bg-sand">
          <tr>
            <th scope="col" className="px-3 py-2 sm:px-4">
              {t("name")}
            </th>
            <th scope="col" className="hidden px-3 py-2 sm:px-4 sm:table-cell">
              {t("kind")}
            </th>
            <th scope="col" className="px-3 py-2 sm:px-4">
              {t("grade")}
            </th>
            <th scope="col" className="px-3 py-2 sm:px-4 text-right">
              {t("citations")}
            </th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr key={source.slug} className="border-t border-line align-top">
              <th scope="row" className="px-3 py-2 sm:px-4 font-normal">
                <Link
                  href={`/sources/${source.slug}`}
                  className="font-medium text-accent-strong underline"
                >
                  {source.name}
                </Link>
                {source.publisher ? <p className="text-muted">{source.publisher}</p> : null}
                <p className="text-muted sm:hidden">{kinds(source.kind)}</p>
              </th>
              <td className="hidden px-3 py-2 sm:px-4 sm:table-cell">{kinds(source.kind)}</td>
              <td className="px-3 py-2 sm:px-4">
                <ReliabilityBadge grade={source.reliability} />
              </td>
              <td className="px-3 py-2 sm:px-4 text-right tabular-nums">{source.citations}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function SourcesPage({ params }: Props) {
  const { locale: raw } = await params;
  setRequestLocale(isLocale(raw) ? raw : routing.defaultLocale);
  const t = await getTranslations("source");
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{t("listTitle")}</h1>
        <p className="mt-2 max-w-3xl text-muted">{t("listDescription")}</p>
        <p className="mt-1 max-w-3xl text-sm text-muted">{t("gradeScale")}</p>
      </header>
      <Suspense fallback={<WidgetSkeleton rows={8} />}>
        <SourceTable />
      </Suspense>
    </div>
  );
}
