import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { AdminPagination } from "@/components/admin/admin-pagination";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { ListFilters } from "@/components/admin/list-filters";
import { SourceCuration } from "@/components/forms/source-curation";
import { pageLocale, requirePagePermission, staffPageMetadata } from "@/lib/auth/page-access";
import { listSourcesForCuration } from "@/lib/data/admin/sources";
import { SourceStatus } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";
import { adminListFiltersSchema } from "@/lib/validations/admin-filters";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const statusSchema = z.preprocess(
  (value) => (Array.isArray(value) ? value[0] : value),
  z.enum(SourceStatus).optional().catch(undefined),
);

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return staffPageMetadata(params, "admin.sources");
}

export default async function SourcesAdminPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = pageLocale(raw);
  setRequestLocale(locale);
  const access = await requirePagePermission(locale, "/admin/sources", "admin.access");
  if (!access.ok) return <ForbiddenNotice />;
  const query = await searchParams;
  const { q, page } = adminListFiltersSchema.parse(query);
  const status = statusSchema.parse(query.status);
  const { sources, total, pageCount } = await listSourcesForCuration({ q, status, page });
  const curator = can(access.user.role, "sources.curate");
  const t = await getTranslations("admin.sources");
  const kinds = await getTranslations("sourceKind");
  const statuses = await getTranslations("adminEnums.sourceStatus");

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-muted">{curator ? t("description") : t("descriptionReadOnly")}</p>
      </header>
      <ListFilters
        fields={[
          { name: "q", label: t("search"), value: q ?? "" },
          {
            name: "status",
            label: t("status"),
            value: status ?? "",
            options: [
              { value: "", label: t("anyStatus") },
              ...Object.values(SourceStatus).map((value) => ({ value, label: statuses(value) })),
            ],
          },
        ]}
      />
      <p className="text-sm text-muted" aria-live="polite">
        {t("count", { count: total })}
      </p>
      <ul className="space-y-3">
        {sources.map((source) => (
          <li
            key={source.id}
            className="grid gap-3 rounded border border-line bg-white p-4 md:grid-cols-2"
            data-testid={`source-${source.id}`}
          >
            <div>
              <h2 className="font-semibold">{source.name}</h2>
              <p className="text-sm text-muted">
                {[source.publisher, kinds(source.kind), source.language?.toUpperCase()]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              <p className="mt-1 text-sm">
                <span className="font-medium">{statuses(source.status)}</span> ·{" "}
                {source.reliability ? t("graded", { grade: source.reliability }) : t("ungraded")} ·{" "}
                {t("usage", { citations: source.citations, indicators: source.indicators })}
              </p>
              {source.reliabilityNote ? (
                <p className="text-sm text-muted">{source.reliabilityNote}</p>
              ) : null}
              {source.homepageUrl ? (
                <a
                  href={source.homepageUrl}
                  className="text-sm underline"
                  rel="noreferrer noopener"
                  target="_blank"
                >
                  {source.homepageUrl}
                </a>
              ) : null}
            </div>
            {curator ? (
              <SourceCuration
                source={{
                  id: source.id,
                  version: source.version,
                  name: source.name,
                  status: source.status,
                  reliability: source.reliability,
                  reliabilityNote: source.reliabilityNote,
                  cited: source.citations + source.indicators > 0,
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
      <AdminPagination
        pathname="/admin/sources"
        query={{ q, status }}
        page={page}
        pageCount={pageCount}
      />
    </div>
  );
}
