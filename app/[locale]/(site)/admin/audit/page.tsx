import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AdminPagination } from "@/components/admin/admin-pagination";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { ListFilters } from "@/components/admin/list-filters";
import { pageLocale, requirePagePermission, staffPageMetadata } from "@/lib/auth/page-access";
import { listAuditEntries } from "@/lib/data/admin/audit";
import { auditFiltersSchema } from "@/lib/validations/admin-filters";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return staffPageMetadata(params, "admin.audit");
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = pageLocale(raw);
  setRequestLocale(locale);
  const access = await requirePagePermission(locale, "/admin/audit", "audit.read");
  if (!access.ok) return <ForbiddenNotice />;
  const filters = auditFiltersSchema.parse(await searchParams);
  const { entries, total, pageCount } = await listAuditEntries(filters);
  const t = await getTranslations("admin.audit");
  const format = await getFormatter();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("description")}</p>
      </header>
      <ListFilters
        fields={[
          {
            name: "action",
            label: t("action"),
            value: filters.action ?? "",
            type: "text",
            placeholder: "auth.",
          },
          { name: "actor", label: t("actor"), value: filters.actor ?? "", type: "text" },
        ]}
      />
      <p className="text-sm text-muted">{t("count", { count: total })}</p>
      <div className="overflow-x-auto rounded border border-line bg-white">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-line bg-sand">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("when")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("actor")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("action")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("record")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("address")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("details")}
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} className="border-b border-line align-top last:border-0">
                <td className="whitespace-nowrap px-3 py-2">
                  {format.dateTime(entry.occurredAt, {
                    dateStyle: "short",
                    timeStyle: "medium",
                    timeZone: "UTC",
                  })}
                </td>
                <td className="px-3 py-2">{entry.actorEmail ?? "—"}</td>
                <td className="px-3 py-2 font-mono text-xs">{entry.action}</td>
                <td className="px-3 py-2 font-mono text-xs">
                  {entry.recordType ? `${entry.recordType} ${entry.recordId ?? ""}` : "—"}
                </td>
                <td className="px-3 py-2">{entry.ipAddress ?? "—"}</td>
                <td className="max-w-xs break-words px-3 py-2 font-mono text-xs">
                  {entry.details ?? ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AdminPagination
        pathname="/admin/audit"
        query={{ action: filters.action, actor: filters.actor }}
        page={filters.page}
        pageCount={pageCount}
      />
    </div>
  );
}
